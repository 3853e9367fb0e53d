package linear

import (
	"slices"
)

// Model is a frozen linear model: an open-addressing table from feature key
// to a run of (class, weight) pairs.
type Model struct {
	nclass  int
	keys    []uint64 // hash table slots; 0 is empty
	rowOf   []uint32 // slot → row
	start   []uint32 // row → first pair; len rows+1
	classes []uint16
	weights []float32
	mask    uint64
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.start) - 1 }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.weights) }

// Score adds the weights of feats to scores (len Classes()).
func (m *Model) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := m.row(f)
		if !ok {
			continue
		}
		a, b := m.start[r], m.start[r+1]
		cls := m.classes[a:b]
		ws := m.weights[a:b]
		for i, c := range cls {
			scores[c] += ws[i]
		}
	}
}

func (m *Model) row(f uint64) (uint32, bool) {
	f &= keyMask
	if f == 0 {
		f = 1
	}
	if len(m.keys) == 0 {
		return 0, false
	}
	for i := hashSlot(f) & m.mask; ; i = (i + 1) & m.mask {
		switch m.keys[i] {
		case f:
			return m.rowOf[i], true
		case 0:
			return 0, false
		}
	}
}

// builder collects rows and builds the table.
type builder struct {
	nclass  int
	fkeys   []uint64
	start   []uint32
	classes []uint16
	weights []float32
}

func newBuilder(nclass int) *builder {
	return &builder{nclass: nclass, start: []uint32{0}}
}

func (b *builder) add(key uint64, cls []int32, ws []float32) {
	key &= keyMask
	if key == 0 {
		key = 1
	}
	b.fkeys = append(b.fkeys, key)
	for i, c := range cls {
		b.classes = append(b.classes, uint16(c))
		b.weights = append(b.weights, ws[i])
	}
	b.start = append(b.start, uint32(len(b.classes)))
}

func (b *builder) build() *Model {
	m := &Model{nclass: b.nclass, start: b.start, classes: slices.Clip(b.classes), weights: slices.Clip(b.weights)}
	size := 1
	for size < 2*len(b.fkeys)+1 {
		size <<= 1
	}
	m.keys = make([]uint64, size)
	m.rowOf = make([]uint32, size)
	m.mask = uint64(size - 1)
	for r, k := range b.fkeys {
		for i := hashSlot(k) & m.mask; ; i = (i + 1) & m.mask {
			if m.keys[i] == 0 {
				m.keys[i] = k
				m.rowOf[i] = uint32(r)
				break
			}
			if m.keys[i] == k { // a repeated key: the first row wins
				break
			}
		}
	}
	return m
}

// hashSlot spreads a key over the table; keys are hashes already, but read
// back from a file they arrive sorted, and the low bits alone would do.
func hashSlot(k uint64) uint64 { return k ^ k>>23 }
