package code

import "github.com/dyadproject/dyad/dict"

// seq is the upper or lower sequence of a verb: the tokens around it that
// patterns are matched against, with the mentions that lie wholly inside.
type seq struct {
	sc     *sentenceCoder
	toks   []int // token indexes, in text order, without removed clauses
	mstart []int // mention starting at each position, or -1
	mend   []int // mention ending at each position, or -1
	mfirst []int // for a mention ending at a position: its first position
	mlast  []int // for a mention starting at a position: its last position
}

func (sc *sentenceCoder) seq(s *seq, lo, hi int) *seq {
	return sc.seqOf(s, lo, hi, -1, false)
}

// wantsTo reports whether a pattern's lower part has the word TO: it
// reads an infinitive the parser may have put in an adverbial clause.
func wantsTo(p *dict.Pattern) bool {
	for _, e := range p.Lower {
		if e.Kind == dict.ElemWord && e.Word == "TO" {
			return true
		}
	}
	return false
}

// seqOf is seq leaving out, when v is a verb (v >= 0), the adverbial and
// relative clauses below v (but with control, the infinitive after an
// object, "wants X to ..."): words there are about something else ("began
// a hunger strike ... to demand the return of property seized by
// government forces") and must not complete the verb's patterns.
func (sc *sentenceCoder) seqOf(s *seq, lo, hi, v int, control bool) *seq {
	s.sc = sc
	s.toks = s.toks[:0]
	for i := lo; i < hi; i++ {
		if !sc.skip[i] && (v < 0 || !sc.inAdjunctClause(i, v, control)) {
			s.toks = append(s.toks, i)
		}
	}
	n := len(s.toks)
	s.mstart, s.mend = grow(s.mstart, n), grow(s.mend, n)
	s.mfirst, s.mlast = grow(s.mfirst, n), grow(s.mlast, n)
	for p := range s.toks {
		s.mstart[p], s.mend[p] = -1, -1
	}
	for p := 0; p < n; {
		mi := sc.at[s.toks[p]]
		if mi < 0 {
			p++
			continue
		}
		q := p
		for q+1 < n && sc.at[s.toks[q+1]] == mi {
			q++
		}
		m := sc.mentions[mi]
		whole := m.Start >= lo && m.End <= hi
		if whole {
			s.mstart[p], s.mend[q] = mi, mi
			s.mlast[p], s.mfirst[q] = q, p
		}
		p = q + 1
	}
	return s
}

func grow(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n, 2*n)
	}
	return b[:n]
}

func (s *seq) word(p int) string { return s.sc.t.Words[s.toks[p]] }

// roles are the mentions a pattern binds, and the token its first word
// or synset after the verb matched ("sent troops": troops), or -1.
type roles struct {
	source, target, compound int
	keyword                  int
}

// accepts reports whether the mention at position p fits element e.
func (s *seq) accepts(e *dict.Elem, mi int) bool {
	if mi < 0 {
		return false
	}
	m := s.sc.mentions[mi]
	switch e.Kind {
	case dict.ElemSkip:
		return true
	case dict.ElemSource, dict.ElemTarget:
		return m.Coded()
	case dict.ElemCompound:
		return m.Compound && m.Coded()
	}
	return false
}

func (r *roles) bind(e *dict.Elem, mi int) {
	switch e.Kind {
	case dict.ElemSource:
		r.source = mi
	case dict.ElemTarget:
		r.target = mi
	case dict.ElemCompound:
		r.compound = mi
	}
}

// forward matches els against s from position p on. The first element
// must start at p when it is adjacent to what precedes it.
func (s *seq) forward(els []dict.Elem, p int, r *roles) bool {
	return s.fwd(els, p, -1, r)
}

// fwd is forward with open, the mention whose first words the previous
// element matched ("their" in "their populations"): its remaining words
// can stand for a noun-phrase element at p ("- * THEIR ^ ABOUT +").
func (s *seq) fwd(els []dict.Elem, p, open int, r *roles) bool {
	if len(els) == 0 {
		return true
	}
	e := &els[0]
	last := len(s.toks) - 1
	if e.Adjacent {
		last = p
	}
	for q := p; q <= last && q < len(s.toks); q++ {
		switch e.Kind {
		case dict.ElemWord:
			if s.word(q) == e.Word && s.fwd(els[1:], q+1, s.within(q), r) {
				r.keyword = s.toks[q]
				return true
			}
		case dict.ElemSynset:
			for _, end := range s.synsetAt(e.Synset, q, 0) {
				if s.fwd(els[1:], end, s.within(end-1), r) {
					r.keyword = s.toks[end-1]
					return true
				}
			}
		default:
			mi, last := s.mstart[q], -1
			if mi >= 0 {
				last = s.mlast[q]
			} else if q == p && open >= 0 && s.sc.at[s.toks[q]] == open {
				mi, last = open, s.lastOf(q)
			}
			if s.accepts(e, mi) {
				saved := *r
				r.bind(e, mi)
				if s.fwd(els[1:], last+1, -1, r) {
					return true
				}
				*r = saved
			}
		}
	}
	return false
}

// within returns the mention that continues after position q, if q is
// inside one and not its last word.
func (s *seq) within(q int) int {
	if q < 0 || q+1 >= len(s.toks) {
		return -1
	}
	mi := s.sc.at[s.toks[q]]
	if mi >= 0 && s.sc.at[s.toks[q+1]] == mi {
		return mi
	}
	return -1
}

// lastOf returns the last position of the mention that covers q.
func (s *seq) lastOf(q int) int {
	mi := s.sc.at[s.toks[q]]
	for q+1 < len(s.toks) && s.sc.at[s.toks[q+1]] == mi {
		q++
	}
	return q
}

// backward matches els against s going back from position p: the last
// element must end at p when it is adjacent to what follows it.
func (s *seq) backward(els []dict.Elem, p int, r *roles) bool {
	if len(els) == 0 {
		return true
	}
	e := &els[len(els)-1]
	first := 0
	if e.Adjacent {
		first = p
	}
	for q := p; q >= first && q >= 0; q-- {
		switch e.Kind {
		case dict.ElemWord:
			if s.word(q) == e.Word && s.backward(els[:len(els)-1], q-1, r) {
				return true
			}
		case dict.ElemSynset:
			for _, start := range s.synsetEndingAt(e.Synset, q, 0) {
				if s.backward(els[:len(els)-1], start-1, r) {
					return true
				}
			}
		default:
			if mi := s.mend[q]; s.accepts(e, mi) {
				saved := *r
				r.bind(e, mi)
				if s.backward(els[:len(els)-1], s.mfirst[q]-1, r) {
					return true
				}
				*r = saved
			}
		}
	}
	return false
}

// maxSynsetDepth bounds synsets that refer to each other.
const maxSynsetDepth = 8

// synsetAt returns the positions just after each member of set that
// matches at position p, longest first.
func (s *seq) synsetAt(set *dict.Synset, p, depth int) []int {
	if set == nil || depth > maxSynsetDepth || p >= len(s.toks) {
		return nil
	}
	var ends []int
	for _, ref := range set.Refs() {
		ends = append(ends, s.synsetAt(s.sc.c.dicts.Verbs.Synsets[ref], p, depth+1)...)
	}
	for _, m := range set.StartingWith(s.word(p)) {
		if p+len(m.Words) > len(s.toks) {
			continue
		}
		ok := true
		for i := 1; i < len(m.Words); i++ {
			if s.word(p+i) != m.Words[i] {
				ok = false
				break
			}
		}
		if ok {
			ends = append(ends, p+len(m.Words))
		}
	}
	sortDesc(ends)
	return ends
}

// synsetEndingAt returns the first positions of each member of set that
// ends at position p, longest first.
func (s *seq) synsetEndingAt(set *dict.Synset, p, depth int) []int {
	if set == nil || depth > maxSynsetDepth || p < 0 {
		return nil
	}
	var starts []int
	for _, ref := range set.Refs() {
		starts = append(starts, s.synsetEndingAt(s.sc.c.dicts.Verbs.Synsets[ref], p, depth+1)...)
	}
	for _, m := range set.EndingWith(s.word(p)) {
		start := p - len(m.Words) + 1
		if start < 0 {
			continue
		}
		ok := true
		for i := 0; i < len(m.Words)-1; i++ {
			if s.word(start+i) != m.Words[i] {
				ok = false
				break
			}
		}
		if ok {
			starts = append(starts, start)
		}
	}
	// Longest member first: the smallest start.
	for i := 1; i < len(starts); i++ {
		for j := i; j > 0 && starts[j] < starts[j-1]; j-- {
			starts[j], starts[j-1] = starts[j-1], starts[j]
		}
	}
	return starts
}

func sortDesc(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] > a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// match tries the verb's patterns, most specific first, and records the
// first that matches.
func (sc *sentenceCoder) match(f *found) {
	patterns := f.verb.Block.Patterns
	if len(patterns) == 0 {
		return
	}
	up := sc.seq(&sc.up, f.upLo, f.upHi)
	low := sc.seq(&sc.low, f.lowLo, f.lowHi)
	lowTo := low
	if sc.c.opts.Clauses && !f.linear {
		low = sc.seqOf(&sc.low, f.lowLo, f.lowHi, f.tok, false)
		lowTo = sc.seqOf(&sc.lowTo, f.lowLo, f.lowHi, f.tok, true)
	}
	for _, p := range patterns {
		r := roles{-1, -1, -1, -1}
		if !up.backward(p.Upper, len(up.toks)-1, &r) {
			continue
		}
		upRoles := r
		lower := low
		if wantsTo(p) {
			lower = lowTo // "wants the two sides to have talks": * + TO &TALKS
		}
		if !lower.forward(p.Lower, 0, &r) {
			continue
		}
		f.pattern = p
		f.source, f.target, f.compound = r.source, r.target, r.compound
		f.keyword = r.keyword
		f.compoundIsSource = r.compound >= 0 && upRoles.compound == r.compound
		return
	}
}
