package linear

import (
	"math"
	"math/bits"
)

// Model is a frozen linear model: an open-addressing table from feature key
// to a run of (class, weight) pairs. Weights are quantised to 16 bits with
// one scale for the model, so that a pair takes four bytes, and a table
// cell packs a check on the key with the place of its run into eight:
// scoring is bound by memory, and smaller is faster.
type Model struct {
	nclass int
	slots  []uint64 // check<<36 | n<<27 | start; 0 when empty
	keys   []uint64 // the full key of each slot, for writing the model
	pairs  []pair
	nrows  int
	scale  float32 // weight = pair.w * scale
}

type pair struct {
	class uint16
	w     int16
}

const (
	startBits = 27 // up to 134M weights
	countBits = 9  // up to 511 classes
	checkBits = 64 - startBits - countBits
)

// MaxClasses is the most classes a model can have.
const MaxClasses = 1<<countBits - 1

func packSlot(key uint64, start, n int) uint64 {
	return (key&(1<<checkBits-1))<<(startBits+countBits) | uint64(n)<<startBits | uint64(start)
}

func slotCheck(key uint64) uint64 { return key & (1<<checkBits - 1) }

// maxFeatures bounds the features scored at once (the rest are scored in
// further rounds).
const maxFeatures = 256

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.nrows }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.pairs) }

// home returns the first table cell to probe for key.
func (m *Model) home(key uint64) int {
	hi, _ := bits.Mul64(hashSlot(key), uint64(len(m.slots)))
	return int(hi)
}

// Score adds the weights of feats to scores (len Classes()), in units of
// the model's scale: only their order and differences mean anything.
//
// The lookups go in phases, first all table cells, then all weight runs,
// so that the processor can have many cache misses in flight at once.
func (m *Model) Score(feats []uint64, scores []float32) {
	if len(m.slots) == 0 {
		return
	}
	var cells [maxFeatures]int32
	var runs [maxFeatures]uint64
	for len(feats) > 0 {
		k := min(len(feats), maxFeatures)
		batch := feats[:k]
		feats = feats[k:]
		// Phase 1: the home cell of every feature.
		for i, f := range batch {
			cells[i] = int32(m.home(fixKey(f)))
		}
		// Phase 2: find the cells, probing on from the home cell.
		nf := 0
		for i, f := range batch {
			check := slotCheck(fixKey(f))
			for j := int(cells[i]); ; {
				s := m.slots[j]
				if s == 0 {
					break
				}
				if s>>(startBits+countBits) == check {
					runs[nf] = s
					nf++
					break
				}
				if j++; j == len(m.slots) {
					j = 0
				}
			}
		}
		// Phase 3: add the weight runs.
		for _, s := range runs[:nf] {
			start := s & (1<<startBits - 1)
			n := s >> startBits & (1<<countBits - 1)
			for _, p := range m.pairs[start : start+n] {
				scores[p.class] += float32(p.w)
			}
		}
	}
}

// fixKey masks a feature hash to the stored key width; 0 means empty, so
// it becomes 1.
func fixKey(f uint64) uint64 {
	f &= keyMask
	if f == 0 {
		return 1
	}
	return f
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
	key = fixKey(key)
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
	// A load of about 0.6 keeps probes short.
	size := len(b.fkeys)*5/3 + 1
	m.slots = make([]uint64, size)
	m.keys = make([]uint64, size)
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
		n := len(pairs) - start
		if n == 0 {
			continue
		}
		if n > MaxClasses || len(pairs) >= 1<<startBits {
			panic("linear: model too large for its table") // guarded by the callers' limits
		}
		check := slotCheck(k)
		for i := m.home(k); ; {
			s := m.slots[i]
			if s == 0 {
				m.slots[i] = packSlot(k, start, n)
				m.keys[i] = k
				m.nrows++
				break
			}
			if s>>(startBits+countBits) == check { // a repeated key: the first row wins
				pairs = pairs[:start]
				break
			}
			if i++; i == len(m.slots) {
				i = 0
			}
		}
	}
	m.pairs = pairs[:len(pairs):len(pairs)]
	return m
}

// hashSlot spreads a key over the table: keys are hashes already, but the
// table is indexed by the high bits of the product, which must depend on
// all of the key's.
func hashSlot(k uint64) uint64 {
	k ^= k >> 29
	k *= 0xbf58476d1ce4e5b9
	k ^= k >> 32
	return k
}

// Prune returns a copy of the model without the weights whose magnitude is
// below min, and without the features left with none.
func (m *Model) Prune(min float32) *Model {
	b := newBuilder(m.nclass)
	var cls []int32
	var ws []float32
	for i, s := range m.slots {
		if s == 0 {
			continue
		}
		start := s & (1<<startBits - 1)
		n := s >> startBits & (1<<countBits - 1)
		cls, ws = cls[:0], ws[:0]
		for _, p := range m.pairs[start : start+n] {
			if w := float32(p.w) * m.scale; w >= min || w <= -min {
				cls = append(cls, int32(p.class))
				ws = append(ws, w)
			}
		}
		if len(cls) > 0 {
			b.add(m.keys[i], cls, ws)
		}
	}
	return b.build(m.scale)
}
