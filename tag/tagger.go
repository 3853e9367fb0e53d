// Package tag is dyad's part-of-speech tagger: a greedy left-to-right
// averaged perceptron that predicts the universal tag (UPOS) and the Penn
// Treebank tag (XPOS) of each word as one joint class, and a lemmatiser
// learnt from the same treebanks.
package tag

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// Tagger tags sentences; it implements dyad.Tagger. A Tagger is read-only
// after it is built and safe for concurrent use.
type Tagger struct {
	model  *linear.Model
	upos   []string // class → UPOS
	xpos   []string // class → XPOS
	hashes []uint64 // class → hash used in history features
	lemma  *Lemmatizer
}

var _ dyad.Tagger = (*Tagger)(nil)

// Tag sets UPOS, XPOS and (where it is empty) Lemma of every token.
func (t *Tagger) Tag(s *dyad.Sentence) {
	classes := t.predict(s.Tokens)
	for i := range s.Tokens {
		tok := &s.Tokens[i]
		c := classes[i]
		tok.UPOS, tok.XPOS = t.upos[c], t.xpos[c]
		if tok.Lemma == "" && t.lemma != nil {
			tok.Lemma = t.lemma.Lemma(tok.Text, tok.UPOS, tok.XPOS)
		}
	}
}

// predict returns the class of each token.
func (t *Tagger) predict(toks []dyad.Token) []int {
	ws := make([]word, len(toks))
	for i := range toks {
		ws[i] = analyse(toks[i].Text, i == 0)
	}
	hist := make([]uint64, len(toks))
	out := make([]int, len(toks))
	scores := make([]float32, t.model.Classes())
	feats := make([]uint64, 0, 64)
	for i := range toks {
		feats = features(feats[:0], ws, hist, i)
		clear(scores)
		t.model.Score(feats, scores)
		best := argmax(scores)
		out[i] = best
		hist[i] = t.hashes[best]
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
