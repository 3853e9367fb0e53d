// Package tag is dyad's part-of-speech tagger. It predicts the universal
// tag (UPOS) and the Penn Treebank tag (XPOS) of each word as one joint
// class, in two greedy averaged-perceptron passes: a right-to-left pass
// makes a first guess for every word, and a left-to-right pass decides,
// seeing its own decisions on the left and the first guesses on the right.
// A lemmatiser learnt from the same treebanks fills in lemmas.
package tag

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// Tagger tags sentences; it implements dyad.Tagger. A Tagger is read-only
// after it is built and safe for concurrent use.
type Tagger struct {
	first  *linear.Model // right-to-left guesser; nil for one pass only
	model  *linear.Model // left-to-right decider
	upos   []string      // class → UPOS
	xpos   []string      // class → XPOS
	hashes []uint64      // class → hash used in history features
	lemma  *Lemmatizer
	// dict gives the class of frequent words that always have the same
	// tags ("the", ",", "of"), by form hash: they skip the models, which
	// makes tagging about twice as fast at no cost in accuracy.
	dict map[uint64]int32
}

// Words seen at least dictMinCount times, with one class at least
// dictMinShare of the time, go into the dictionary.
const (
	dictMinCount = 20
	dictMinShare = 0.995
)

var _ dyad.Tagger = (*Tagger)(nil)

// Tag sets UPOS, XPOS and (where it is empty) Lemma of every token.
func (t *Tagger) Tag(s *dyad.Sentence) {
	ws := make([]word, len(s.Tokens))
	for i := range s.Tokens {
		ws[i] = analyse(s.Tokens[i].Text, i == 0)
	}
	classes := t.predict(ws)
	for i := range s.Tokens {
		tok := &s.Tokens[i]
		c := classes[i]
		tok.UPOS, tok.XPOS = t.upos[c], t.xpos[c]
		if tok.Lemma == "" && t.lemma != nil {
			tok.Lemma = t.lemma.Lemma(tok.Text, tok.UPOS, tok.XPOS)
		}
	}
}

// predict returns the class of each word.
func (t *Tagger) predict(ws []word) []int {
	var guess []uint64
	if t.first != nil {
		guess = t.guess(t.first, ws)
	}
	return greedy(t.model, ws, guess, t.hashes, t.dict)
}

// guess runs a right-to-left model and returns its class hashes in
// sentence order.
func (t *Tagger) guess(m *linear.Model, ws []word) []uint64 {
	rev := slices.Clone(ws)
	slices.Reverse(rev)
	cls := greedy(m, rev, nil, t.hashes, t.dict)
	out := make([]uint64, len(ws))
	for i, c := range cls {
		out[len(ws)-1-i] = t.hashes[c]
	}
	return out
}

// scorer is what greedy needs of a model: the frozen one or a trainer.
type scorer interface {
	Classes() int
	Score(feats []uint64, scores []float32)
}

// greedy tags ws left to right with m.
func greedy(m scorer, ws []word, guess []uint64, hashes []uint64, dict map[uint64]int32) []int {
	hist := make([]uint64, len(ws))
	out := make([]int, len(ws))
	scores := make([]float32, m.Classes())
	feats := make([]uint64, 0, 64)
	for i := range ws {
		if c, ok := dict[ws[i].form]; ok {
			out[i] = int(c)
			hist[i] = hashes[c]
			continue
		}
		feats = features(feats[:0], ws, hist, guess, i)
		clear(scores)
		m.Score(feats, scores)
		best := argmax(scores)
		out[i] = best
		hist[i] = hashes[best]
	}
	return out
}

func argmax(scores []float32) int {
	best := 0
	for c, v := range scores {
		if v > scores[best] {
			best = c
		}
	}
	return best
}

func classHashes(upos, xpos []string) []uint64 {
	h := make([]uint64, len(upos))
	for i := range upos {
		h[i] = linear.String(upos[i] + " " + xpos[i])
	}
	return h
}

// Classes returns the tag pairs the tagger predicts, as "UPOS XPOS".
func (t *Tagger) Classes() []string {
	out := make([]string, len(t.upos))
	for i := range t.upos {
		out[i] = t.upos[i] + " " + t.xpos[i]
	}
	return out
}

func splitClass(c string) (string, string) {
	u, x, _ := strings.Cut(c, " ")
	return u, x
}
