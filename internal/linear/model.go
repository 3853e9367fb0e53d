package linear

import "math"

// Model is a frozen linear model: an open-addressing table from feature key
// to a run of (class, weight) pairs. Weights are quantised to 16 bits with
// one scale for the model, so that a pair takes four bytes: scoring is
// bound by memory, and smaller is faster.
type Model struct {
	nclass int
	slots  []slot
	mask   uint64
	pairs  []pair
	nrows  int
	scale  float32 // weight = pair.w * scale
}

// slot is one cell of the hash table: the key and where its pairs are.
type slot struct {
	key   uint64 // 0 when empty
	start uint32
	n     uint32
}

type pair struct {
	class uint16
	w     int16
}

// maxFeatures bounds the features scored at once (the rest are scored in
// further rounds).
const maxFeatures = 256

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.nrows }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.pairs) }

// Score adds the weights of feats to scores (len Classes()), in units of
// the model's scale: only their order and differences mean anything.
//
// The lookups go in phases, first all table cells, then all weight runs,
// so that the processor can have many cache misses in flight at once.
func (m *Model) Score(feats []uint64, scores []float32) {
	if len(m.slots) == 0 {
		return
	}
	var found [maxFeatures]*slot
	for len(feats) > 0 {
		k := min(len(feats), maxFeatures)
		batch := feats[:k]
		feats = feats[k:]
		// Phase 1: the home cell of every feature.
		for i, f := range batch {
			found[i] = &m.slots[hashSlot(f&keyMask)&m.mask]
		}
		// Phase 2: resolve collisions by linear probing.
		nf := 0
		for i, f := range batch {
			key := f & keyMask
			if key == 0 {
				key = 1
			}
			s := found[i]
			if s.key != key {
				if s.key == 0 {
					continue
				}
				j := (hashSlot(key) + 1) & m.mask
				s = nil
				for ; m.slots[j].key != 0; j = (j + 1) & m.mask {
					if m.slots[j].key == key {
						s = &m.slots[j]
						break
					}
				}
				if s == nil {
					continue
				}
			}
			found[nf] = s
			nf++
		}
		// Phase 3: add the weight runs.
		for _, s := range found[:nf] {
			for _, p := range m.pairs[s.start : s.start+s.n] {
				scores[p.class] += float32(p.w)
			}
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

// build quantises the weights with scale (0: choose one from the largest
// weight), drops those that round to zero, and fills the table.
func (b *builder) build(scale float32) *Model {
	if scale == 0 {
		var maxAbs float64
		for _, v := range b.weights {
			maxAbs = max(maxAbs, math.Abs(float64(v)))
		}
		scale = float32(maxAbs / 32767)
		if scale == 0 {
			scale = 1
		}
	}
	m := &Model{nclass: b.nclass, scale: scale}
	size := 1
	for size < 2*len(b.fkeys)+1 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	var pairs []pair
	for r, k := range b.fkeys {
		start := len(pairs)
		for j := b.start[r]; j < b.start[r+1]; j++ {
			q := math.Round(float64(b.weights[j] / scale))
			q = max(-32767, min(32767, q))
			if q != 0 {
				pairs = append(pairs, pair{b.classes[j], int16(q)})
			}
		}
		if len(pairs) == start {
			continue
		}
		for i := hashSlot(k) & m.mask; ; i = (i + 1) & m.mask {
			if m.slots[i].key == 0 {
				m.slots[i] = slot{key: k, start: uint32(start), n: uint32(len(pairs) - start)}
				m.nrows++
				break
			}
			if m.slots[i].key == k { // a repeated key: the first row wins
				pairs = pairs[:start]
				break
			}
		}
	}
	m.pairs = pairs[:len(pairs):len(pairs)]
	return m
}

// hashSlot spreads a key over the table; keys are hashes already, but read
// back from a file they arrive sorted, and the low bits alone would do.
func hashSlot(k uint64) uint64 { return (k ^ k>>23) * 0x9e3779b97f4a7c15 >> 20 }
