package parse

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
	"github.com/dyadproject/dyad/internal/testtrees"
)

// TestBufferPositions checks that bufferPositions name exactly the
// features that read the buffer alone, in every state of random parses:
// the decoder scores those once per buffer front.
func TestBufferPositions(t *testing.T) {
	words := []struct{ text, xpos, upos string }{
		{"Iraq", "NNP", "PROPN"}, {"said", "VBD", "VERB"}, {"on", "IN", "ADP"}, {"Monday", "NNP", "PROPN"},
		{"that", "IN", "SCONJ"}, {"talks", "NNS", "NOUN"}, {",", ",", "PUNCT"}, {"which", "WDT", "PRON"},
		{"began", "VBD", "VERB"}, {"late", "RB", "ADV"}, {"will", "MD", "AUX"}, {"resume", "VB", "VERB"},
		{".", ".", "PUNCT"},
	}
	var toks []dyad.Token
	for _, w := range words {
		toks = append(toks, dyad.Token{Text: w.text, XPOS: w.xpos, UPOS: w.upos})
	}
	s := newSentence(toks)
	n := int32(len(toks))
	word := func(i int32) uint64 {
		if i < 0 || i > n {
			return hNone
		}
		return s.word[i]
	}
	tag := func(i int32) uint64 {
		if i < 0 || i > n {
			return hNone
		}
		return s.tag[i]
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 50 {
		st := newState(len(toks))
		for !st.terminal() {
			feats := features(nil, st, s)
			b := st.b
			at := func(i int32) int32 {
				if i > n {
					return -1
				}
				return i
			}
			n0, n1, n2, n3 := b, at(b+1), at(b+2), at(b+3)
			nv := int32(-1)
			if b < n {
				nv = s.nextVerb[b]
			}
			want := []uint64{
				linear.F1(tN0w, word(n0)), linear.F1(tN0p, tag(n0)), linear.F2(tN0wp, word(n0), tag(n0)),
				linear.F1(tN1w, word(n1)), linear.F1(tN1p, tag(n1)), linear.F2(tN1wp, word(n1), tag(n1)),
				linear.F1(tN2w, word(n2)), linear.F1(tN2p, tag(n2)), linear.F2(tN2wp, word(n2), tag(n2)),
				linear.F2(tN0pN1p, tag(n0), tag(n1)),
				linear.F3(tN0pN1pN2p, tag(n0), tag(n1), tag(n2)),
				linear.F3(tN0pNVpd, tag(n0), tag(nv), distance(n0, nv)),
				linear.F1(tN3p, tag(n3)),
			}
			for i, pos := range bufferPositions {
				if feats[pos] != want[i] {
					t.Fatalf("run %d, buffer front %d: feature at %d is not the buffer feature %d", run, b, pos, i)
				}
			}
			// A random valid transition.
			switch ok, rootOnly := st.canLeft(); {
			case st.canShift() && rng.IntN(2) == 0:
				st.shift()
			case ok && !rootOnly && rng.IntN(2) == 0:
				st.left(1)
			case st.canRight():
				st.right(1)
			case ok:
				st.left(0)
			default:
				st.shift()
			}
		}
	}
}

// TestBufferScoresKept checks that scoring the buffer's features once per
// buffer front gives every transition the scores of all its features
// scored at once, to the last bit.
func TestBufferScoresKept(t *testing.T) {
	gold := testtrees.Tiny()
	p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		sent := newSentence(g)
		kept := newState(len(g))
		p.decode(kept, sent, nil)
		// The decoder without the kept buffer scores.
		st := newState(len(g))
		scores := make([]float32, p.model.Classes())
		for !st.terminal() {
			clear(scores)
			p.model.Score(features(nil, st, sent), scores)
			p.classes.apply(st, p.classes.best(st, scores))
		}
		if !slices.Equal(st.head, kept.head) || !slices.Equal(st.label, kept.label) {
			t.Errorf("trees differ: %v %v and %v %v", st.head, st.label, kept.head, kept.label)
		}
	}
}
