package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// ReadDiscards reads a discard list: one phrase a line; a leading '+'
// discards the whole story, otherwise only the sentence; a trailing '_'
// requires the word to end there, otherwise the last word is a stem.
func ReadDiscards(ds *dict.Discards, file, data string) dyad.ErrorList {
	e := &errs{file: file}
	for _, l := range lines(e, data) {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		d := &dict.Discard{Text: t, Pos: e.pos(l.n), Stem: true}
		if strings.HasPrefix(t, "+") {
			d.Story = true
			t = strings.TrimSpace(t[1:])
		}
		if strings.HasSuffix(t, "_") {
			d.Stem = false
		}
		d.Phrase = dict.ParsePhrase(t, false)
		if len(d.Phrase.Words) == 0 {
			e.add(l.n, "empty discard phrase")
			continue
		}
		ds.Add(d)
	}
	return e.list
}
