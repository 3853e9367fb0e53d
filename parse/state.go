package parse

// state is a configuration of the arc-hybrid transition system with the
// root at the end of the buffer (index n): a stack of words still waiting
// for their head, the buffer front b, and the arcs built so far.
//
// Transitions:
//
//	SHIFT    push b, advance b                      (b is a word, not the root)
//	LEFT-l   head(s0) = b with label l, pop s0      (b may be the root only when s0 is alone, with l = root)
//	RIGHT-l  head(s0) = s1 with label l, pop s0
//
// The root can take a dependent only when it is the last word left, so every
// parse is a projective tree with exactly one root.
type state struct {
	n      int
	stack  []int32
	b      int32
	head   []int32 // -1 when none yet; n for the root
	label  []int32
	lc1    []int32 // leftmost child, -1 none
	lc2    []int32 // second leftmost
	rc1    []int32 // rightmost child
	rc2    []int32 // second rightmost
	nleft  []int32
	nright []int32
	lset   []uint64 // bit set of left children's labels
	rset   []uint64
}

func newState(n int) *state {
	st := &state{}
	st.reset(n)
	return st
}

func (st *state) reset(n int) {
	st.n = n
	st.stack = st.stack[:0]
	st.b = 0
	grow := func(s []int32, v int32) []int32 {
		if cap(s) < n+1 {
			s = make([]int32, n+1)
		}
		s = s[:n+1]
		for i := range s {
			s[i] = v
		}
		return s
	}
	st.head = grow(st.head, -1)
	st.label = grow(st.label, -1)
	st.lc1 = grow(st.lc1, -1)
	st.lc2 = grow(st.lc2, -1)
	st.rc1 = grow(st.rc1, -1)
	st.rc2 = grow(st.rc2, -1)
	st.nleft = grow(st.nleft, 0)
	st.nright = grow(st.nright, 0)
	if cap(st.lset) < n+1 {
		st.lset = make([]uint64, n+1)
		st.rset = make([]uint64, n+1)
	}
	st.lset = st.lset[:n+1]
	st.rset = st.rset[:n+1]
	clear(st.lset)
	clear(st.rset)
}

// s returns the i-th item from the stack top, or -1.
func (st *state) s(i int) int32 {
	if i >= len(st.stack) {
		return -1
	}
	return st.stack[len(st.stack)-1-i]
}

func (st *state) terminal() bool { return len(st.stack) == 0 && int(st.b) == st.n }

func (st *state) canShift() bool { return int(st.b) < st.n }

// canLeft reports whether LEFT is possible, and whether it must be the root
// label (the buffer front is the root).
func (st *state) canLeft() (ok, rootOnly bool) {
	if len(st.stack) == 0 {
		return false, false
	}
	if int(st.b) == st.n {
		return len(st.stack) == 1, true
	}
	return true, false
}

func (st *state) canRight() bool { return len(st.stack) >= 2 }

func (st *state) shift() {
	st.stack = append(st.stack, st.b)
	st.b++
}

func (st *state) left(l int32) {
	d := st.stack[len(st.stack)-1]
	st.stack = st.stack[:len(st.stack)-1]
	st.arc(st.b, d, l)
}

func (st *state) right(l int32) {
	d := st.stack[len(st.stack)-1]
	h := st.stack[len(st.stack)-2]
	st.stack = st.stack[:len(st.stack)-1]
	st.arc(h, d, l)
}

func (st *state) arc(h, d, l int32) {
	st.head[d] = h
	st.label[d] = l
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nleft[h]++
		st.lset[h] |= bit
		switch {
		case st.lc1[h] < 0 || d < st.lc1[h]:
			st.lc2[h] = st.lc1[h]
			st.lc1[h] = d
		case st.lc2[h] < 0 || d < st.lc2[h]:
			st.lc2[h] = d
		}
	} else {
		st.nright[h]++
		st.rset[h] |= bit
		switch {
		case st.rc1[h] < 0 || d > st.rc1[h]:
			st.rc2[h] = st.rc1[h]
			st.rc1[h] = d
		case st.rc2[h] < 0 || d > st.rc2[h]:
			st.rc2[h] = d
		}
	}
}
