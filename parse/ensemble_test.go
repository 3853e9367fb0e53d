package parse

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testtrees"
)

func TestEisner(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		arcs  map[[2]int]float64 // (head, dependent) → score; head n is the root
		heads []int
	}{
		{"chain", 3, map[[2]int]float64{{3, 1}: 1, {1, 0}: 1, {1, 2}: 1}, []int{1, 3, 1}},
		{"best projective, not best arcs", 4,
			// 0→2 is the best head of 2, but it would cross 1's arc from
			// the root; the best projective tree takes 1→2 instead.
			map[[2]int]float64{{4, 1}: 5, {1, 0}: 1, {0, 2}: 3, {1, 3}: 2, {1, 2}: 1, {2, 3}: 1.5},
			[]int{1, 4, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			score := make([]float64, (tc.n+1)*tc.n)
			for a, v := range tc.arcs {
				score[a[0]*tc.n+a[1]] = v
			}
			if got := eisner(tc.n, score); !slices.Equal(got, tc.heads) {
				t.Errorf("eisner = %v, want %v", got, tc.heads)
			}
		})
	}
}

func TestEnsemble(t *testing.T) {
	gold := testtrees.Tiny()
	var ps []*Parser
	for i, rev := range []bool{false, true, false} {
		p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 10, Seed: uint64(i + 1), Reverse: rev})
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	e := &Ensemble{Parsers: ps}
	if sc := e.Score(gold); sc.UAS != 100 || sc.LAS != 100 {
		t.Errorf("ensemble on its training data: %+v", sc)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"the", "army", "attacked", ".", "and", "Iraq", "said", "of"}
	tags := []string{"DT", "NN", "VBD", ".", "CC", "NNP", "VBD", "IN"}
	for range 200 {
		var s dyad.Sentence
		for range rng.IntN(30) {
			k := rng.IntN(len(words))
			s.Tokens = append(s.Tokens, dyad.Token{Text: words[k], XPOS: tags[k]})
		}
		e.Parse(&s)
		checkTree(t, s.Tokens)
	}
}
