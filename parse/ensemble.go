package parse

import (
	"slices"

	"github.com/dyadproject/dyad"
)

// Ensemble combines parsers that make different mistakes (reading left to
// right and right to left, say): every parser votes for its arcs, and the
// projective tree with the most votes wins (Sagae and Lavie 2006), found
// with Eisner's algorithm. Each chosen arc keeps the label of the first
// parser that proposed it. It implements dyad.Parser.
type Ensemble struct {
	Parsers []*Parser
}

var _ dyad.Parser = (*Ensemble)(nil)

// Parse sets Head and Rel of every token.
func (e *Ensemble) Parse(s *dyad.Sentence) {
	n := len(s.Tokens)
	if len(e.Parsers) == 1 || n < 2 {
		e.Parsers[0].Parse(s)
		return
	}
	// score[h*n+d] for heads 0..n (n is the root).
	score := make([]float64, (n+1)*n)
	proposals := make([][]dyad.Token, len(e.Parsers))
	for k, p := range e.Parsers {
		c := dyad.Sentence{Tokens: slices.Clone(s.Tokens)}
		p.Parse(&c)
		proposals[k] = c.Tokens
		// Earlier parsers break ties.
		w := 1 + 0.01*float64(len(e.Parsers)-k)
		for d, t := range c.Tokens {
			h := t.Head
			if h < 0 {
				h = n
			}
			score[h*n+d] += w
		}
	}
	heads := eisner(n, score)
	// One root: keep the root child with the most votes, hang the others
	// from it.
	root := -1
	for d, h := range heads {
		if h == n && (root < 0 || score[n*n+d] > score[n*n+root]) {
			root = d
		}
	}
	for d, h := range heads {
		if h == n && d != root {
			heads[d] = root
		}
	}
	for d := range s.Tokens {
		h := heads[d]
		t := &s.Tokens[d]
		if h == n {
			t.Head, t.Rel = -1, RootLabel
			continue
		}
		t.Head, t.Rel = h, "dep"
		for _, prop := range proposals {
			if prop[d].Head == h {
				t.Rel = prop[d].Rel
				break
			}
		}
		if t.Rel == RootLabel {
			t.Rel = "dep"
		}
	}
}

// eisner returns the heads (n for the root) of the projective tree of
// maximal score, with the root as an extra word at the left end.
func eisner(n int, score []float64) []int {
	// Positions 0..n: 0 is the root, word d is position d+1.
	m := n + 1
	arc := func(h, d int) float64 { // positions
		hh := h - 1
		if h == 0 {
			hh = n
		}
		return score[hh*n+(d-1)]
	}
	idx := func(s, t int) int { return s*m + t }
	// complete and incomplete spans, with direction 0: head on the right
	// (t heads s..t), 1: head on the left (s heads s..t).
	var comp, inc [2][]float64
	var compB, incB [2][]int32
	for dir := range 2 {
		comp[dir] = make([]float64, m*m)
		inc[dir] = make([]float64, m*m)
		compB[dir] = make([]int32, m*m)
		incB[dir] = make([]int32, m*m)
	}
	for width := 1; width < m; width++ {
		for s := 0; s+width < m; s++ {
			t := s + width
			// Incomplete: an arc between s and t over a split r.
			best, br := -1.0, int32(s)
			for r := s; r < t; r++ {
				v := comp[1][idx(s, r)] + comp[0][idx(r+1, t)]
				if v > best {
					best, br = v, int32(r)
				}
			}
			if s > 0 { // the root is never a dependent
				inc[0][idx(s, t)] = best + arc(t, s)
			} else {
				inc[0][idx(s, t)] = -1e18
			}
			incB[0][idx(s, t)] = br
			inc[1][idx(s, t)] = best + arc(s, t)
			incB[1][idx(s, t)] = br
			// Complete, head on the right: t heads s..t.
			best, br = -1e18, int32(s)
			for r := s; r < t; r++ {
				if v := comp[0][idx(s, r)] + inc[0][idx(r, t)]; v > best {
					best, br = v, int32(r)
				}
			}
			comp[0][idx(s, t)] = best
			compB[0][idx(s, t)] = br
			// Complete, head on the left: s heads s..t.
			best, br = -1e18, int32(s+1)
			for r := s + 1; r <= t; r++ {
				if v := inc[1][idx(s, r)] + comp[1][idx(r, t)]; v > best {
					best, br = v, int32(r)
				}
			}
			comp[1][idx(s, t)] = best
			compB[1][idx(s, t)] = br
		}
	}
	heads := make([]int, n)
	var walk func(s, t, dir int, complete bool)
	walk = func(s, t, dir int, complete bool) {
		if s >= t {
			return
		}
		if complete {
			r := int(compB[dir][idx(s, t)])
			if dir == 0 {
				walk(s, r, 0, true)
				walk(r, t, 0, false)
			} else {
				walk(s, r, 1, false)
				walk(r, t, 1, true)
			}
			return
		}
		r := int(incB[dir][idx(s, t)])
		if dir == 0 {
			heads[s-1] = t - 1
		} else if s == 0 {
			heads[t-1] = n
		} else {
			heads[t-1] = s - 1
		}
		walk(s, r, 1, true)
		walk(r+1, t, 0, true)
	}
	walk(0, m-1, 1, true)
	return heads
}

// Score parses copies of gold sentences (keeping their tags) and returns
// the attachment scores.
func (e *Ensemble) Score(gold [][]dyad.Token) Scores { return score(e, gold) }
