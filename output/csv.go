package output

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/dyadproject/dyad"
)

var csvHeader = []string{"doc", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
	"sentence", "text", "source_text", "target_text", "verb_text",
	"source_start", "source_end", "target_start", "target_end", "verb_start", "verb_end", "pattern", "url"}

type csvWriter struct {
	w      *csv.Writer
	header bool
}

func newCSV(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) Write(a *dyad.Article, events []dyad.Event) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(csvHeader); err != nil {
			return err
		}
	}
	sortEvents(events)
	for i := range events {
		r := NewRecord(a, &events[i])
		itoa := strconv.Itoa
		err := c.w.Write([]string{r.Doc, r.Date.String(), r.Source, r.Target, r.Code, r.Root, itoa(r.Quad),
			strconv.FormatFloat(r.Goldstein, 'f', -1, 64), r.PLOVER, itoa(r.Sentence), r.Text,
			r.SourceText, r.TargetText, r.VerbText,
			itoa(r.SourceSpan.Start), itoa(r.SourceSpan.End), itoa(r.TargetSpan.Start), itoa(r.TargetSpan.End),
			itoa(r.VerbSpan.Start), itoa(r.VerbSpan.End), r.Pattern, r.URL})
		if err != nil {
			return err
		}
	}
	return nil
}

func (c *csvWriter) Flush() error {
	if !c.header {
		c.header = true
		c.w.Write(csvHeader) // an empty result still has its header
	}
	c.w.Flush()
	return c.w.Error()
}
