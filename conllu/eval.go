package conllu

import (
	"fmt"

	"github.com/dyadproject/dyad"
)

// Scores are the CoNLL 2018 shared task's measures with gold tokenization,
// in percent of syntactic words: UPOS and XPOS accuracy, unlabelled and
// labelled attachment; LAS compares only the universal part of DEPREL
// (before ':'), as the task did, and LASFull the whole relation.
type Scores struct {
	Sentences int     `json:"sentences"`
	Words     int     `json:"words"`
	UPOS      float64 `json:"upos"`
	XPOS      float64 `json:"xpos"`
	UAS       float64 `json:"uas"`
	LAS       float64 `json:"las"`
	LASFull   float64 `json:"las_full"`
}

// Tally counts agreements sentence by sentence; Scores turns the counts
// into percentages.
type Tally struct {
	sents, words, upos, xpos, uas, las, lasFull int
}

// Add compares predicted tokens with gold ones of the same sentence; both
// must list the same syntactic words.
func (t *Tally) Add(gold, pred []dyad.Token) error {
	if len(gold) != len(pred) {
		return fmt.Errorf("conllu: %d predicted words for %d gold words", len(pred), len(gold))
	}
	t.sents++
	for i := range gold {
		g, p := &gold[i], &pred[i]
		t.words++
		if g.UPOS == p.UPOS {
			t.upos++
		}
		if g.XPOS == p.XPOS {
			t.xpos++
		}
		if g.Head == p.Head {
			t.uas++
			if universal(g.Rel) == universal(p.Rel) {
				t.las++
			}
			if g.Rel == p.Rel {
				t.lasFull++
			}
		}
	}
	return nil
}

// Scores returns the percentages so far.
func (t *Tally) Scores() Scores {
	pct := func(n int) float64 {
		if t.words == 0 {
			return 0
		}
		return float64(int(10000*float64(n)/float64(t.words)+0.5)) / 100
	}
	return Scores{Sentences: t.sents, Words: t.words, UPOS: pct(t.upos), XPOS: pct(t.xpos), UAS: pct(t.uas), LAS: pct(t.las), LASFull: pct(t.lasFull)}
}

// universal returns the part of a relation before its subtype.
func universal(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}
