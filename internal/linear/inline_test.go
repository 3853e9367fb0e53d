package linear

import (
	"bytes"
	"math"
	"testing"
)

// TestOneClassInline checks that a model of one class, whose table cells
// hold their weights, scores, prunes, averages and round-trips as a model
// with runs would.
func TestOneClassInline(t *testing.T) {
	b := newBuilder(1)
	want := map[uint64]float32{}
	for i := range 300 {
		key := F1(7, uint64(i))
		w := float32(i%23-11) * 0.25 // negative, zero and positive weights
		b.add(key, []int32{0}, []float32{w})
		want[key] = w
	}
	m := b.build(0)
	if !m.inline {
		t.Fatal("a one-class model is not inline")
	}
	check := func(name string, m *Model, min float32) {
		t.Helper()
		for key, w := range want {
			if w < min && w > -min {
				w = 0
			}
			var score [1]float32
			m.Score([]uint64{key, F1(8, 1)}, score[:])
			if got := score[0] * m.Scale(); math.Abs(float64(got-w)) > float64(m.Scale()) { // within quantisation
				t.Errorf("%s: feature %x scored %v, want %v", name, key, got, w)
			}
		}
	}
	check("built", m, 0)
	wantRows := 0
	for _, w := range want {
		if w != 0 {
			wantRows++
		}
	}
	if got := m.Features(); got != wantRows {
		t.Errorf("%d features with weights, want %d", got, wantRows)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	r, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	check("read back", r, 0)
	check("pruned", m.Prune(1.1), 1.1)
	mean, err := Mean(m, r)
	if err != nil {
		t.Fatal(err)
	}
	check("mean of itself", mean, 0)

	// More features than one batch.
	var feats []uint64
	var sum float32
	for key, w := range want {
		feats = append(feats, key)
		sum += w
	}
	var score [1]float32
	m.Score(feats, score[:])
	if got := score[0] * m.Scale(); math.Abs(float64(got-sum)) > float64(len(feats))*float64(m.Scale()) {
		t.Errorf("all features scored %v, want %v", got, sum)
	}
}
