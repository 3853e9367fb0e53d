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
	// high holds the bits of each slot's key above its check, for
	// writing and averaging the model: two bytes a cell, not eight.
	high  []uint16
	pairs []pair
	// dense holds the rows with weights for most classes, whole, as
	// float32 (of the quantised values): the most frequent features, added
	// at every decision, twice as fast without the conversion.
	dense []float32
	nrows int
	scale float32 // weight = pair.w * scale
	// inline is set for a model of one class (a ranker, such as the
	// parse reviser's): each table cell holds its feature's weight in the
	// place of a run's start, so a lookup is one memory access, not two.
	inline bool
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

// A key's bits above the check must fit in high's cells.
const _ = uint(16 - (keyBits - checkBits))

// key returns the full key of slot i.
func (m *Model) key(i int) uint64 {
	return uint64(m.high[i])<<checkBits | m.slots[i]>>(startBits+countBits)
}

// maxFeatures bounds the features scored at once (the rest are scored in
// further rounds).
const maxFeatures = 256

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Scale returns the weight of one unit of the scores Score adds.
func (m *Model) Scale() float32 { return m.scale }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.nrows }

// Weights returns the number of stored weights (dense rows count whole).
func (m *Model) Weights() int {
	if m.inline {
		return m.nrows
	}
	return len(m.pairs) + len(m.dense)
}

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
	if m.inline {
		m.scoreInline(feats, scores)
		return
	}
	var cells [maxFeatures]uint64
	nc := m.nclass
	acc := scores[:nc]
	for len(feats) > 0 {
		k := min(len(feats), maxFeatures)
		runs := m.lookup(feats[:k], &cells)
		feats = feats[k:]
		// Phase 3: touch the start of every weight run, again without
		// branches, so that their misses overlap too.
		var touch int16
		for _, s := range runs {
			start := s & (1<<startBits - 1)
			if s>>startBits&(1<<countBits-1) == 0 {
				touch ^= int16(m.dense[start])
			} else {
				touch ^= m.pairs[start].w
			}
		}
		if touch == 0x7abc { // never mind the value: it keeps the loads
			acc[0] += 0
		}
		// Phase 4: add the runs; a run of length 0 is a dense row.
		for _, s := range runs {
			start := s & (1<<startBits - 1)
			n := s >> startBits & (1<<countBits - 1)
			if n == 0 {
				addRow(acc, m.dense[start:start+uint64(nc)])
				continue
			}
			for _, p := range m.pairs[start : start+n] {
				acc[p.class] += float32(p.w)
			}
		}
	}
}

// lookup returns the cells of the features of batch (at most maxFeatures)
// that hold a row, in cells' space.
func (m *Model) lookup(batch []uint64, cells *[maxFeatures]uint64) []uint64 {
	// Phase 1: load the home cell of every feature. The loads are
	// independent and the loop has no branch to mispredict, so the
	// processor keeps many cache misses in flight.
	for i, f := range batch {
		cells[i] = m.slots[m.home(fixKey(f))]
	}
	// Phase 2: keep the cells that hold their feature; on a mismatch
	// probe on (rare at this load).
	nf := 0
	for i, f := range batch {
		key := fixKey(f)
		s := cells[i]
		if s == 0 {
			continue
		}
		if s>>(startBits+countBits) != slotCheck(key) {
			if s = m.probe(key); s == 0 {
				continue
			}
		}
		cells[nf] = s
		nf++
	}
	return cells[:nf]
}

// scoreInline is Score for a model whose cells hold their weights.
func (m *Model) scoreInline(feats []uint64, scores []float32) {
	var cells [maxFeatures]uint64
	var sum float32
	for len(feats) > 0 {
		k := min(len(feats), maxFeatures)
		for _, s := range m.lookup(feats[:k], &cells) {
			sum += float32(inlineWeight(s))
		}
		feats = feats[k:]
	}
	scores[0] += sum
}

// inlineWeight returns the weight an inline cell holds.
func inlineWeight(s uint64) int16 { return int16(uint16(s)) }

// probe looks key up past its home cell, and returns its cell or 0.
func (m *Model) probe(key uint64) uint64 {
	check := slotCheck(key)
	j := m.home(key)
	for {
		if j++; j == len(m.slots) {
			j = 0
		}
		s := m.slots[j]
		if s == 0 || s>>(startBits+countBits) == check {
			return s
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
	m := &Model{nclass: b.nclass, scale: scale, inline: b.nclass == 1}
	// A load of 0.4: most features looked up are absent, and an absent
	// one costs a probe whenever its home cell is taken.
	size := len(b.fkeys)*5/2 + 1
	m.slots = make([]uint64, size)
	m.high = make([]uint16, size)
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
		if n > MaxClasses || len(pairs) >= 1<<startBits || len(m.dense)+m.nclass >= 1<<startBits {
			panic("linear: model too large for its table") // guarded by the callers' limits
		}
		runStart, runLen := start, n
		if m.inline {
			// The weight in the cell, its run length 1.
			runStart, runLen = int(uint16(pairs[start].w)), 1
			pairs = pairs[:start]
		} else if 3*n >= m.nclass {
			// Dense: a straight loop over all classes beats a sparse one
			// over a third of them.
			runStart, runLen = len(m.dense), 0
			row := make([]float32, m.nclass)
			for _, p := range pairs[start:] {
				row[p.class] = float32(p.w)
			}
			m.dense = append(m.dense, row...)
			pairs = pairs[:start]
		}
		check := slotCheck(k)
		for i := m.home(k); ; {
			s := m.slots[i]
			if s == 0 {
				m.slots[i] = packSlot(k, runStart, runLen)
				m.high[i] = uint16(k >> checkBits)
				m.nrows++
				break
			}
			if s>>(startBits+countBits) == check { // a repeated key: the first row wins
				if runLen == 0 {
					m.dense = m.dense[:runStart]
				}
				if !m.inline {
					pairs = pairs[:start]
				}
				break
			}
			if i++; i == len(m.slots) {
				i = 0
			}
		}
	}
	m.slots = hugeCopy(m.slots)
	m.pairs = hugeCopy(pairs[:len(pairs):len(pairs)])
	m.dense = hugeCopy(m.dense[:len(m.dense):len(m.dense)])
	return m
}

// row returns the classes and weights of the run of slot s.
func (m *Model) row(s uint64, cls []int32, ws []float32) ([]int32, []float32) {
	if m.inline {
		return append(cls, 0), append(ws, float32(inlineWeight(s))*m.scale)
	}
	start := s & (1<<startBits - 1)
	n := s >> startBits & (1<<countBits - 1)
	if n == 0 {
		for c, w := range m.dense[start : start+uint64(m.nclass)] {
			if w != 0 {
				cls = append(cls, int32(c))
				ws = append(ws, w*m.scale)
			}
		}
		return cls, ws
	}
	for _, p := range m.pairs[start : start+n] {
		cls = append(cls, int32(p.class))
		ws = append(ws, float32(p.w)*m.scale)
	}
	return cls, ws
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
	var cls, keep []int32
	var ws, keepW []float32
	for i, s := range m.slots {
		if s == 0 {
			continue
		}
		cls, ws = m.row(s, cls[:0], ws[:0])
		keep, keepW = keep[:0], keepW[:0]
		for j, w := range ws {
			if w >= min || w <= -min {
				keep = append(keep, cls[j])
				keepW = append(keepW, w)
			}
		}
		if len(keep) > 0 {
			b.add(m.key(i), keep, keepW)
		}
	}
	return b.build(m.scale)
}
