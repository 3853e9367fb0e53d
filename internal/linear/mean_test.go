package linear

import (
	"math"
	"testing"
)

func TestMean(t *testing.T) {
	build := func(rows map[uint64]map[int32]float32) *Model {
		b := newBuilder(3)
		for _, k := range []uint64{11, 22, 33} {
			row, ok := rows[k]
			if !ok {
				continue
			}
			var cls []int32
			var ws []float32
			for c := int32(0); c < 3; c++ {
				if w, ok := row[c]; ok {
					cls = append(cls, c)
					ws = append(ws, w)
				}
			}
			b.add(k, cls, ws)
		}
		return b.build(0)
	}
	a := build(map[uint64]map[int32]float32{11: {0: 2, 1: -1}, 22: {2: 4}})
	b := build(map[uint64]map[int32]float32{11: {0: 4}, 33: {1: 6}})
	m, err := Mean(a, b)
	if err != nil {
		t.Fatal(err)
	}
	score := func(m *Model, feats ...uint64) []float32 {
		s := make([]float32, 3)
		m.Score(feats, s)
		for i := range s {
			s[i] *= m.Scale()
		}
		return s
	}
	for _, feats := range [][]uint64{{11}, {22}, {33}, {11, 22, 33}, {44}} {
		sa, sb, sm := score(a, feats...), score(b, feats...), score(m, feats...)
		for c := range 3 {
			want := (sa[c] + sb[c]) / 2
			if math.Abs(float64(sm[c]-want)) > 0.01 {
				t.Errorf("features %v class %d: mean scores %v, want %v", feats, c, sm[c], want)
			}
		}
	}
	if _, err := Mean(a, NewTrainer(2).Average(0)); err == nil {
		t.Error("no error mixing models with different classes")
	}
	if _, err := Mean(); err == nil {
		t.Error("no error for no models")
	}
}
