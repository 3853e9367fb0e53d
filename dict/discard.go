package dict

import "github.com/dyadproject/dyad"

// Discard is a phrase that marks text not to be coded: the sentence, or
// with Story set the whole story.
type Discard struct {
	Phrase Phrase
	Stem   bool // the last word matches as a prefix ("BASEBALL" matches "BASEBALLS")
	Story  bool
	Text   string
	Pos    dyad.Pos
}

// Discards is the list of discard phrases, indexed by first word.
type Discards struct {
	byFirst map[string][]*Discard
	stems   []*Discard // one-word stems, checked by prefix
	Entries []*Discard
}

// Add stores a discard.
func (ds *Discards) Add(d *Discard) {
	ds.Entries = append(ds.Entries, d)
	if len(d.Phrase.Words) == 0 {
		return
	}
	if d.Stem && len(d.Phrase.Words) == 1 {
		ds.stems = append(ds.stems, d)
		return
	}
	if ds.byFirst == nil {
		ds.byFirst = make(map[string][]*Discard)
	}
	w := d.Phrase.Words[0]
	ds.byFirst[w] = append(ds.byFirst[w], d)
}

// Find returns the first discard found in the folded words of a sentence,
// or nil.
func (ds *Discards) Find(words []string) *Discard {
	if ds == nil {
		return nil
	}
	for i, w := range words {
		for _, d := range ds.stems {
			if hasPrefix(w, d.Phrase.Words[0]) {
				return d
			}
		}
		for _, d := range ds.byFirst[w] {
			if d.matchAt(words, i) {
				return d
			}
		}
	}
	return nil
}

func (d *Discard) matchAt(words []string, i int) bool {
	p := d.Phrase.Words
	if i+len(p) > len(words) {
		return false
	}
	for k, w := range p {
		if k == len(p)-1 && d.Stem {
			if !hasPrefix(words[i+k], w) {
				return false
			}
		} else if words[i+k] != w {
			return false
		}
	}
	return true
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
