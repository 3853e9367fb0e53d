// Package output writes coded events in the formats analysts use: JSON
// lines with every field and its provenance, PETRARCH's tab-separated
// event lines, CSV with a header, and the GDELT 2.0 event table.
package output

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Writer writes the events of one article at a time.
type Writer interface {
	Write(a *dyad.Article, events []dyad.Event) error
	// Flush writes anything buffered.
	Flush() error
}

// Formats lists the format names New accepts.
var Formats = []string{"jsonl", "tsv", "csv", "gdelt"}

// New returns a writer of the named format.
func New(format string, w io.Writer) (Writer, error) {
	switch strings.ToLower(format) {
	case "jsonl", "json":
		return newJSONL(w), nil
	case "tsv":
		return newTSV(w), nil
	case "csv":
		return newCSV(w), nil
	case "gdelt":
		return newGDELT(w), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// Record is an event with the ontology fields of its code, the shape of
// the JSON and CSV output.
type Record struct {
	Doc        string    `json:"doc"`
	Date       dyad.Date `json:"date"`
	Source     string    `json:"source"`
	Target     string    `json:"target"`
	Code       string    `json:"code"`
	Root       string    `json:"root"`
	Quad       int       `json:"quad"`
	Goldstein  float64   `json:"goldstein"`
	PLOVER     string    `json:"plover"`
	Sentence   int       `json:"sentence"`
	Text       string    `json:"text"`
	SourceText string    `json:"source_text"`
	TargetText string    `json:"target_text"`
	VerbText   string    `json:"verb_text"`
	SourceSpan dyad.Span `json:"source_span"`
	TargetSpan dyad.Span `json:"target_span"`
	VerbSpan   dyad.Span `json:"verb_span"`
	Pattern    string    `json:"pattern"`
	URL        string    `json:"url,omitempty"`
}

// NewRecord fills a record from an event of article a (which may be nil).
// A code outside CAMEO keeps its first two characters as root and zero
// ontology fields.
func NewRecord(a *dyad.Article, e *dyad.Event) Record {
	r := Record{
		Doc: e.Doc, Date: e.Date, Source: e.Source, Target: e.Target, Code: e.Code,
		Sentence: e.Sentence, Text: e.Text, SourceText: e.SourceText, TargetText: e.TargetText,
		VerbText: e.VerbText, SourceSpan: e.SourceSpan, TargetSpan: e.TargetSpan, VerbSpan: e.VerbSpan,
		Pattern: e.Pattern,
	}
	if c, ok := e.Info(); ok {
		r.Root, r.Quad, r.Goldstein, r.PLOVER = c.Root, int(c.Quad), c.Goldstein, c.PLOVER
	} else if len(e.Code) >= 2 {
		r.Root = e.Code[:2]
	}
	if a != nil {
		r.URL = a.URL
	}
	return r
}

// sortEvents orders an article's events by sentence and then by the
// position of their verb, so that output follows the text.
func sortEvents(evs []dyad.Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		if evs[i].Sentence != evs[j].Sentence {
			return evs[i].Sentence < evs[j].Sentence
		}
		return evs[i].VerbSpan.Start < evs[j].VerbSpan.Start
	})
}
