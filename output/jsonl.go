package output

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/dyadproject/dyad"
)

type jsonlWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer) *jsonlWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{w: bw, enc: enc}
}

func (j *jsonlWriter) Write(a *dyad.Article, events []dyad.Event) error {
	sortEvents(events)
	for i := range events {
		if err := j.enc.Encode(NewRecord(a, &events[i])); err != nil {
			return err
		}
	}
	return nil
}

func (j *jsonlWriter) Flush() error { return j.w.Flush() }
