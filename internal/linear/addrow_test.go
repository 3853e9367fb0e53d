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
