package linear

import (
	"slices"
	"testing"
	"unsafe"
)

func TestHugeCopy(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		aligned bool // the copy must start on a huge page
	}{
		{"small table stays", 1000, false},
		{"just under the minimum stays", minHuge/8 - 1, false},
		{"large table moves", minHuge/8 + 12345, hugePages},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := make([]uint64, tt.n)
			for i := range s {
				s[i] = uint64(i)*0x9e3779b97f4a7c15 + 1
			}
			got := hugeCopy(s)
			if !slices.Equal(got, s) {
				t.Fatal("copy differs from the table")
			}
			if cap(got) != len(got) {
				t.Errorf("cap %d, want len %d (appends must not run into the padding)", cap(got), len(got))
			}
			moved := unsafe.SliceData(got) != unsafe.SliceData(s)
			if moved != tt.aligned {
				t.Errorf("moved = %v, want %v", moved, tt.aligned)
			}
			if addr := uintptr(unsafe.Pointer(unsafe.SliceData(got))); tt.aligned && addr%hugePage != 0 {
				t.Errorf("copy at %#x, not on a huge-page boundary", addr)
			}
		})
	}
}

// A model large enough for huge pages scores the same after the move.
func TestHugeModelScores(t *testing.T) {
	tr := NewTrainer(3)
	var feats []uint64
	for i := range 500_000 { // enough cells to fill more than minHuge
		feats = append(feats[:0], F1(1, uint64(i)), F1(2, uint64(i%7)))
		tr.Update(feats, i%3, 1)
		tr.Tick()
	}
	m := tr.Average(0)
	if hugePages && len(m.slots)*8 >= minHuge && uintptr(unsafe.Pointer(unsafe.SliceData(m.slots)))%hugePage != 0 {
		t.Errorf("a table of %d cells is not on huge pages", len(m.slots))
	}
	for i := range 1000 {
		scores := make([]float32, 3)
		m.Score([]uint64{F1(1, uint64(i)), F1(2, uint64(i%7))}, scores)
		best := 0
		for c := range scores {
			if scores[c] > scores[best] {
				best = c
			}
		}
		if best != i%3 {
			t.Fatalf("feature %d scores %v, want class %d first", i, scores, i%3)
		}
	}
}
