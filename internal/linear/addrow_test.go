package linear

import "testing"

// addRow must give the sums of a plain loop for every length, whatever
// the tail past a multiple of eight.
func TestAddRow(t *testing.T) {
	for n := range 40 {
		acc := make([]float32, n+3)
		row := make([]float32, n)
		want := make([]float32, n+3)
		for i := range acc {
			acc[i] = float32(i) * 0.5
			want[i] = acc[i]
		}
		for i := range row {
			row[i] = float32(i*i) - 7
			want[i] += row[i]
		}
		addRow(acc, row)
		for i := range acc {
			if acc[i] != want[i] {
				t.Fatalf("n=%d: acc[%d] = %v, want %v", n, i, acc[i], want[i])
			}
		}
	}
}

// addRow must also leave the elements past the row alone and read no
// further than it: the rows sit end to end in one slice.
func TestAddRowBounds(t *testing.T) {
	for n := range 70 {
		backing := make([]float32, n+8)
		for i := range backing {
			backing[i] = float32(i) + 0.25
		}
		row := backing[3 : 3+n]
		acc := make([]float32, n+5)
		addRow(acc, row)
		for i, v := range acc {
			want := float32(0)
			if i < n {
				want = row[i]
			}
			if v != want {
				t.Fatalf("n=%d: acc[%d] = %v, want %v", n, i, v, want)
			}
		}
	}
}

func BenchmarkAddRow(b *testing.B) {
	acc := make([]float32, 100)
	row := make([]float32, 100)
	for i := range row {
		row[i] = float32(i % 7)
	}
	for b.Loop() {
		addRow(acc, row)
	}
}
