package linear

// entry is one class weight of a feature during training, with what the
// averaged perceptron needs to average it lazily.
type entry struct {
	class int32
	w     float32 // current weight
	stamp int64   // step at which w was last changed
	total float64 // sum of w over the steps before stamp
}

// Trainer is an averaged perceptron over hashed features.
type Trainer struct {
	nclass int
	index  map[uint64]int32
	rows   [][]entry
	counts []int32 // updates of each row
	step   int64
}

// NewTrainer returns a trainer for nclass classes.
func NewTrainer(nclass int) *Trainer {
	return &Trainer{nclass: nclass, index: make(map[uint64]int32, 1<<20)}
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.nclass }

// Features returns the number of features with a weight.
func (t *Trainer) Features() int { return len(t.rows) }

// Score adds the current weights of feats to scores (len nclass).
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// Tick advances the averaging clock by one training instance. Call it once
// per decision, whether or not it leads to an update.
func (t *Trainer) Tick() { t.step++ }

// Update adds delta to the weight of class for every feature in feats.
func (t *Trainer) Update(feats []uint64, class int, delta float32) {
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
			t.counts = append(t.counts, 0)
		}
		t.counts[r]++
		row := t.rows[r]
		k := -1
		for i := range row {
			if row[i].class == int32(class) {
				k = i
				break
			}
		}
		if k < 0 {
			row = append(row, entry{class: int32(class), stamp: t.step})
			t.rows[r] = row
			k = len(row) - 1
		}
		e := &row[k]
		e.total += float64(t.step-e.stamp) * float64(e.w)
		e.stamp = t.step
		e.w += delta
	}
}

// Average returns the averaged weights as a frozen model, dropping weights
// whose magnitude is below minWeight.
func (t *Trainer) Average(minWeight float32) *Model { return t.AverageFrequent(minWeight, 0) }

// AverageFrequent is Average that also drops the features updated fewer
// than minUpdates times: most features of a lexicalised model were seen in
// one or two mistakes, and dropping them makes the model much smaller and
// faster at little cost.
func (t *Trainer) AverageFrequent(minWeight float32, minUpdates int) *Model {
	b := newBuilder(t.nclass)
	now := t.step
	if now == 0 {
		now = 1
	}
	// Walk features in insertion order: deterministic, unlike the map.
	keys := make([]uint64, len(t.rows))
	for k, r := range t.index {
		keys[r] = k
	}
	var cls []int32
	var ws []float32
	for r, row := range t.rows {
		if int(t.counts[r]) < minUpdates {
			continue
		}
		cls, ws = cls[:0], ws[:0]
		for _, e := range row {
			total := e.total + float64(now-e.stamp)*float64(e.w)
			avg := float32(total / float64(now))
			if avg >= minWeight || avg <= -minWeight {
				cls = append(cls, e.class)
				ws = append(ws, avg)
			}
		}
		if len(cls) > 0 {
			b.add(keys[r], cls, ws)
		}
	}
	return b.build(0)
}
