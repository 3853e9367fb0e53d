package output

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dyadproject/dyad"
)

// tsvWriter writes PETRARCH's event lines: date (YYYYMMDD), source,
// target, code, the story and sentence ids, then the actor and event texts
// (PETRARCH's write_actor_text and write_event_text) and the dictionary
// entry. There is no header, as in PETRARCH.
type tsvWriter struct{ w *bufio.Writer }

func newTSV(w io.Writer) *tsvWriter { return &tsvWriter{bufio.NewWriter(w)} }

func (t *tsvWriter) Write(a *dyad.Article, events []dyad.Event) error {
	sortEvents(events)
	for _, e := range events {
		date := strings.ReplaceAll(e.Date.String(), "-", "")
		_, err := fmt.Fprintf(t.w, "%s\t%s\t%s\t%s\t%s-%d\t%s\t%s\t%s\t%s\n",
			date, e.Source, e.Target, e.Code, clean(e.Doc), e.Sentence+1,
			clean(e.SourceText), clean(e.TargetText), clean(e.VerbText), clean(e.Pattern))
		if err != nil {
			return err
		}
	}
	return nil
}

func (t *tsvWriter) Flush() error { return t.w.Flush() }

// clean keeps a field on one line and free of tabs.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
