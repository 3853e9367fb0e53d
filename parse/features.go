package parse

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// sentence holds the hashed words and tags of a sentence, with the root as
// an extra item at index n.
type sentence struct {
	word []uint64 // lowercased form
	tag  []uint64 // XPOS
	upos []uint64
	// nextVerb[i] is the first verb or modal after word i, or -1: a greedy
	// parser sees little to its right, and whether a clause is still to
	// come decides many attachments.
	nextVerb []int32
	// punctBefore[i] counts the punctuation marks before word i.
	punctBefore []int32
	// super holds the supertags of the words and the root (see
	// supertag.go), nil for a parser without a supertagger.
	super []uint64
}

var (
	hNone = linear.String("<none>")
	hRoot = linear.String("<root>")
)

func newSentence(toks []dyad.Token) *sentence {
	n := len(toks)
	s := &sentence{word: make([]uint64, n+1), tag: make([]uint64, n+1), upos: make([]uint64, n+1)}
	for i, t := range toks {
		s.word[i] = linear.String(strings.ToLower(t.Text))
		s.tag[i] = linear.String(t.XPOS)
		s.upos[i] = linear.String(t.UPOS)
	}
	s.word[n], s.tag[n], s.upos[n] = hRoot, hRoot, hRoot
	s.nextVerb = make([]int32, n+1)
	s.punctBefore = make([]int32, n+2)
	next := int32(-1)
	for i := n; i >= 0; i-- {
		s.nextVerb[i] = next
		if i < n && isVerbTag(toks[i].XPOS) {
			next = int32(i)
		}
	}
	for i := 0; i <= n; i++ {
		s.punctBefore[i+1] = s.punctBefore[i]
		if i < n && toks[i].UPOS == "PUNCT" {
			s.punctBefore[i+1]++
		}
	}
	return s
}

func isVerbTag(xpos string) bool {
	return len(xpos) >= 2 && (xpos[:2] == "VB" || xpos == "MD")
}

// punctBetween counts the punctuation marks strictly between a and b
// (a < b), up to 2.
func (s *sentence) punctBetween(a, b int32) uint64 {
	if a < 0 || b < 0 || b <= a+1 {
		return 0
	}
	return uint64(min(2, s.punctBefore[b]-s.punctBefore[a+1]))
}

// Feature templates; the numbers are part of the stored model.
const (
	tS0w = iota + 1
	tS0p
	tS0wp
	tN0w
	tN0p
	tN0wp
	tN1w
	tN1p
	tN1wp
	tN2w
	tN2p
	tN2wp
	tS1w
	tS1p
	tS1wp
	tS0wpN0wp
	tS0wpN0w
	tS0wN0wp
	tS0wpN0p
	tS0pN0wp
	tS0wN0w
	tS0pN0p
	tN0pN1p
	tS1wS0w
	tS1pS0p
	tS1wpS0p
	tS1pS0wp
	tN0pN1pN2p
	tS0pN0pN1p
	tS1pS0pN0p
	tS0pS0lpN0p
	tS0pS0rpN0p
	tS0pN0pN0lp
	tS1pS1rpS0p
	tS2pS1pS0p
	tS0wd
	tS0pd
	tN0wd
	tN0pd
	tS0wN0wd
	tS0pN0pd
	tS1pS0pd
	tS1wS0wd
	tS0wvr
	tS0pvr
	tS0wvl
	tS0pvl
	tN0wvl
	tN0pvl
	tS1pvr
	tS1pvl
	tS0lw
	tS0lp
	tS0ll
	tS0rw
	tS0rp
	tS0rl
	tN0lw
	tN0lp
	tN0ll
	tS1lw
	tS1lp
	tS1ll
	tS1rw
	tS1rp
	tS1rl
	tS0l2w
	tS0l2p
	tS0l2l
	tS0r2w
	tS0r2p
	tS0r2l
	tN0l2w
	tN0l2p
	tN0l2l
	tS0pS0lpS0l2p
	tS0pS0rpS0r2p
	tN0pN0lpN0l2p
	tS1pS1rpS1r2p
	tS0wsr
	tS0psr
	tS0wsl
	tS0psl
	tN0wsl
	tN0psl
	tS1psr
	tS1psl
	tS0uN0u
	tS1uS0uN0u
	tS2w
	tS1pS0pN0pN1p
	tS0wS0rlS0r2l
	tN0wN0llN0l2l
	tN0pNVpd
	tS0pN0pNV
	tS0pN0pPunct
	tS1pS0pPunct
	tS0wN0pPunct
	tN3p
	tS0st
	tN0st
	tN1st
	tS1st
	tS0stN0st
	tS0stN0p
	tS0pN0st
	tS0stN0stN1st
	tS1stS0stN0st
	tS0stN0std
)

// distance buckets the distance between two positions.
func distance(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d < 5:
		return uint64(d)
	case d < 10:
		return 5
	default:
		return 6
	}
}

// features appends the features of configuration st.
// bufferPositions are the places in features' list of the features that
// read only the buffer's first words and the sentence (N0, N1, N2, N3, the
// next verb): the same for every state with the same buffer front, so a
// decoder can score them once per front (TestBufferPositions checks them).
var bufferPositions = []int{3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 28, 93, 98}

func features(dst []uint64, st *state, s *sentence) []uint64 {
	n := int32(st.n)
	w := func(i int32) uint64 {
		if i < 0 {
			return hNone
		}
		return s.word[i]
	}
	p := func(i int32) uint64 {
		if i < 0 {
			return hNone
		}
		return s.tag[i]
	}
	u := func(i int32) uint64 {
		if i < 0 {
			return hNone
		}
		return s.upos[i]
	}
	l := func(i int32) uint64 {
		if i < 0 || st.label[i] < 0 {
			return 0xffff
		}
		return uint64(st.label[i])
	}
	at := func(arr []int32, i int32) int32 {
		if i < 0 {
			return -1
		}
		return arr[i]
	}
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	n0 := st.b
	n1, n2 := n0+1, n0+2
	if n1 > n {
		n1 = -1
	}
	if n2 > n {
		n2 = -1
	}
	s0l, s0l2, s0r, s0r2 := at(st.lc1, s0), at(st.lc2, s0), at(st.rc1, s0), at(st.rc2, s0)
	s1l, s1r, s1r2 := at(st.lc1, s1), at(st.rc1, s1), at(st.rc2, s1)
	n0l, n0l2 := at(st.lc1, n0), at(st.lc2, n0)
	vr := func(i int32) uint64 {
		if i < 0 {
			return 0xffff
		}
		return uint64(st.nright[i])
	}
	vl := func(i int32) uint64 {
		if i < 0 {
			return 0xffff
		}
		return uint64(st.nleft[i])
	}
	sr := func(i int32) uint64 {
		if i < 0 {
			return 0
		}
		return st.rset[i]
	}
	sl := func(i int32) uint64 {
		if i < 0 {
			return 0
		}
		return st.lset[i]
	}
	nv := int32(-1)
	if n0 >= 0 && n0 < n {
		nv = s.nextVerb[n0]
	}
	hasNV := uint64(0)
	if nv >= 0 {
		hasNV = 1
	}
	n3 := n0 + 3
	if n3 > n {
		n3 = -1
	}
	pSN := s.punctBetween(s0, n0)
	d := distance(s0, n0)
	d1 := distance(s1, s0)
	f1, f2, f3 := linear.F1, linear.F2, linear.F3
	s0w, s0p, n0w, n0p := w(s0), p(s0), w(n0), p(n0)
	s1w, s1p := w(s1), p(s1)
	dst = append(dst,
		f1(tS0w, s0w), f1(tS0p, s0p), f2(tS0wp, s0w, s0p),
		f1(tN0w, n0w), f1(tN0p, n0p), f2(tN0wp, n0w, n0p),
		f1(tN1w, w(n1)), f1(tN1p, p(n1)), f2(tN1wp, w(n1), p(n1)),
		f1(tN2w, w(n2)), f1(tN2p, p(n2)), f2(tN2wp, w(n2), p(n2)),
		f1(tS1w, s1w), f1(tS1p, s1p), f2(tS1wp, s1w, s1p),
		f1(tS2w, w(s2)),

		linear.Feature(tS0wpN0wp, s0w, s0p, n0w, n0p),
		f3(tS0wpN0w, s0w, s0p, n0w),
		f3(tS0wN0wp, s0w, n0w, n0p),
		f3(tS0wpN0p, s0w, s0p, n0p),
		f3(tS0pN0wp, s0p, n0w, n0p),
		f2(tS0wN0w, s0w, n0w),
		f2(tS0pN0p, s0p, n0p),
		f2(tN0pN1p, n0p, p(n1)),
		f2(tS1wS0w, s1w, s0w),
		f2(tS1pS0p, s1p, s0p),
		f3(tS1wpS0p, s1w, s1p, s0p),
		f3(tS1pS0wp, s1p, s0w, s0p),

		f3(tN0pN1pN2p, n0p, p(n1), p(n2)),
		f3(tS0pN0pN1p, s0p, n0p, p(n1)),
		f3(tS1pS0pN0p, s1p, s0p, n0p),
		f3(tS0pS0lpN0p, s0p, p(s0l), n0p),
		f3(tS0pS0rpN0p, s0p, p(s0r), n0p),
		f3(tS0pN0pN0lp, s0p, n0p, p(n0l)),
		f3(tS1pS1rpS0p, s1p, p(s1r), s0p),
		f3(tS2pS1pS0p, p(s2), s1p, s0p),
		linear.Feature(tS1pS0pN0pN1p, s1p, s0p, n0p, p(n1)),
		f2(tS0uN0u, u(s0), u(n0)),
		f3(tS1uS0uN0u, u(s1), u(s0), u(n0)),

		f2(tS0wd, s0w, d), f2(tS0pd, s0p, d), f2(tN0wd, n0w, d), f2(tN0pd, n0p, d),
		f3(tS0wN0wd, s0w, n0w, d), f3(tS0pN0pd, s0p, n0p, d),
		f3(tS1pS0pd, s1p, s0p, d1), f3(tS1wS0wd, s1w, s0w, d1),

		f2(tS0wvr, s0w, vr(s0)), f2(tS0pvr, s0p, vr(s0)),
		f2(tS0wvl, s0w, vl(s0)), f2(tS0pvl, s0p, vl(s0)),
		f2(tN0wvl, n0w, vl(n0)), f2(tN0pvl, n0p, vl(n0)),
		f2(tS1pvr, s1p, vr(s1)), f2(tS1pvl, s1p, vl(s1)),

		f1(tS0lw, w(s0l)), f1(tS0lp, p(s0l)), f1(tS0ll, l(s0l)),
		f1(tS0rw, w(s0r)), f1(tS0rp, p(s0r)), f1(tS0rl, l(s0r)),
		f1(tN0lw, w(n0l)), f1(tN0lp, p(n0l)), f1(tN0ll, l(n0l)),
		f1(tS1lw, w(s1l)), f1(tS1lp, p(s1l)), f1(tS1ll, l(s1l)),
		f1(tS1rw, w(s1r)), f1(tS1rp, p(s1r)), f1(tS1rl, l(s1r)),

		f1(tS0l2w, w(s0l2)), f1(tS0l2p, p(s0l2)), f1(tS0l2l, l(s0l2)),
		f1(tS0r2w, w(s0r2)), f1(tS0r2p, p(s0r2)), f1(tS0r2l, l(s0r2)),
		f1(tN0l2w, w(n0l2)), f1(tN0l2p, p(n0l2)), f1(tN0l2l, l(n0l2)),
		f3(tS0pS0lpS0l2p, s0p, p(s0l), p(s0l2)),
		f3(tS0pS0rpS0r2p, s0p, p(s0r), p(s0r2)),
		f3(tN0pN0lpN0l2p, n0p, p(n0l), p(n0l2)),
		f3(tS1pS1rpS1r2p, s1p, p(s1r), p(s1r2)),
		f3(tS0wS0rlS0r2l, s0w, l(s0r), l(s0r2)),
		f3(tN0wN0llN0l2l, n0w, l(n0l), l(n0l2)),

		f2(tS0wsr, s0w, sr(s0)), f2(tS0psr, s0p, sr(s0)),
		f2(tS0wsl, s0w, sl(s0)), f2(tS0psl, s0p, sl(s0)),
		f2(tN0wsl, n0w, sl(n0)), f2(tN0psl, n0p, sl(n0)),
		f2(tS1psr, s1p, sr(s1)), f2(tS1psl, s1p, sl(s1)),

		f3(tN0pNVpd, n0p, p(nv), distance(n0, nv)),
		f3(tS0pN0pNV, s0p, n0p, hasNV),
		f3(tS0pN0pPunct, s0p, n0p, pSN),
		f3(tS1pS0pPunct, s1p, s0p, s.punctBetween(s1, s0)),
		f3(tS0wN0pPunct, s0w, n0p, pSN),
		f1(tN3p, p(n3)),
	)
	if s.super == nil {
		return dst
	}
	sup := func(i int32) uint64 {
		if i < 0 {
			return hNone
		}
		return s.super[i]
	}
	s0t, n0t, n1t, s1t := sup(s0), sup(n0), sup(n1), sup(s1)
	return append(dst,
		f1(tS0st, s0t), f1(tN0st, n0t), f1(tN1st, n1t), f1(tS1st, s1t),
		f2(tS0stN0st, s0t, n0t),
		f2(tS0stN0p, s0t, n0p), f2(tS0pN0st, s0p, n0t),
		f3(tS0stN0stN1st, s0t, n0t, n1t),
		f3(tS1stS0stN0st, s1t, s0t, n0t),
		f3(tS0stN0std, s0t, n0t, d),
	)
}
