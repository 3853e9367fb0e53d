package linear

import (
	"bufio"
	"bytes"
	"testing"
)

// train fits a perceptron to a toy problem: class = index of the feature
// that is present, with a shared bias feature.
func train(t *testing.T) *Model {
	t.Helper()
	tr := NewTrainer(3)
	bias := String("bias")
	scores := make([]float32, 3)
	for range 10 {
		for c := range 3 {
			feats := []uint64{bias, F1(1, uint64(c))}
			clear(scores)
			tr.Score(feats, scores)
			best := 0
			for k, v := range scores {
				if v > scores[best] {
					best = k
				}
			}
			tr.Tick()
			if best != c {
				tr.Update(feats, c, 1)
				tr.Update(feats, best, -1)
			}
		}
	}
	return tr.Average(0)
}

func predict(m *Model, feats []uint64) int {
	scores := make([]float32, m.Classes())
	m.Score(feats, scores)
	best := 0
	for k, v := range scores {
		if v > scores[best] {
			best = k
		}
	}
	return best
}

func TestTrainAndScore(t *testing.T) {
	m := train(t)
	for c := range 3 {
		if got := predict(m, []uint64{String("bias"), F1(1, uint64(c))}); got != c {
			t.Errorf("predict class %d: got %d", c, got)
		}
	}
	// Unknown features add nothing.
	scores := make([]float32, 3)
	m.Score([]uint64{F1(99, 1), 0}, scores)
	if scores != nil && (scores[0] != 0 || scores[1] != 0 || scores[2] != 0) {
		t.Errorf("unknown features scored %v", scores)
	}
}

func TestWriteRead(t *testing.T) {
	m := train(t)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bufio.NewReader(bytes.NewReader(b.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	if back.Features() != m.Features() || back.Weights() != m.Weights() {
		t.Fatalf("read back %d features %d weights, wrote %d %d", back.Features(), back.Weights(), m.Features(), m.Weights())
	}
	for c := range 3 {
		feats := []uint64{String("bias"), F1(1, uint64(c))}
		s1, s2 := make([]float32, 3), make([]float32, 3)
		m.Score(feats, s1)
		back.Score(feats, s2)
		for k := range s1 {
			if s1[k] != s2[k] {
				t.Errorf("scores differ after reading: %v %v", s1, s2)
			}
		}
	}
	for n := 0; n < b.Len(); n++ {
		if _, err := Read(bufio.NewReader(bytes.NewReader(b.Bytes()[:n]))); err == nil {
			t.Fatalf("no error for a model cut at %d of %d bytes", n, b.Len())
		}
	}
}

func TestManyFeatures(t *testing.T) {
	// More features than one scoring batch holds.
	tr := NewTrainer(2)
	feats := make([]uint64, 3*maxFeatures)
	for i := range feats {
		feats[i] = F1(7, uint64(i))
	}
	tr.Update(feats, 1, 1)
	tr.Tick()
	m := tr.Average(0)
	scores := make([]float32, 2)
	m.Score(feats, scores)
	if scores[1] <= 0 {
		t.Errorf("scores %v", scores)
	}
	one := make([]float32, 2)
	m.Score(feats[:1], one)
	if want := one[1] * float32(len(feats)); scores[1] < 0.999*want || scores[1] > 1.001*want {
		t.Errorf("batch scoring: all %v, one %v", scores[1], one[1])
	}
}

func FuzzRead(f *testing.F) {
	tr := NewTrainer(2)
	tr.Update([]uint64{1, 2, 3}, 1, 1)
	tr.Tick()
	var b bytes.Buffer
	tr.Average(0).WriteTo(&b)
	f.Add(b.Bytes())
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			return
		}
		scores := make([]float32, m.Classes())
		m.Score([]uint64{1, 2, 3, 4}, scores)
	})
}

// Rows with weights for many classes are stored dense; they score and
// store the same as sparse ones.
func TestDenseRows(t *testing.T) {
	tr := NewTrainer(6)
	feats := []uint64{F1(1, 1)}
	for c := 5; c >= 0; c-- { // classes in falling order
		tr.Update(feats, c, float32(c+1))
		tr.Tick()
	}
	tr.Update([]uint64{F1(2, 2)}, 3, 1)
	tr.Tick()
	m := tr.Average(0)
	if len(m.dense) != 6 {
		t.Fatalf("dense weights %d, want one row of 6", len(m.dense))
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bufio.NewReader(&b))
	if err != nil {
		t.Fatal(err)
	}
	s1, s2 := make([]float32, 6), make([]float32, 6)
	m.Score([]uint64{F1(1, 1), F1(2, 2)}, s1)
	back.Score([]uint64{F1(1, 1), F1(2, 2)}, s2)
	for c := range s1 {
		if s1[c] != s2[c] || c > 0 && s1[c] <= s1[c-1] && c != 3 && c != 4 {
			t.Errorf("scores %v, read back %v", s1, s2)
			break
		}
	}
	if p := m.Prune(1e9); p.Features() != 0 {
		t.Errorf("pruning everything left %d features", p.Features())
	}
}
