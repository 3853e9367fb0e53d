//go:build !amd64 || purego

package linear

// addRow adds row to acc (len(acc) >= len(row)). A dense row is added at
// almost every decision; eight weights a step, through fixed-size array
// pointers, leave the compiler no bounds to check and the processor
// independent additions to overlap. Each element gets the same one
// addition as in a plain loop, so the sums are identical.
func addRow(acc, row []float32) {
	acc = acc[:len(row)]
	c := 0
	for ; c+8 <= len(row); c += 8 {
		a := (*[8]float32)(acc[c : c+8])
		r := (*[8]float32)(row[c : c+8])
		a[0] += r[0]
		a[1] += r[1]
		a[2] += r[2]
		a[3] += r[3]
		a[4] += r[4]
		a[5] += r[5]
		a[6] += r[6]
		a[7] += r[7]
	}
	for ; c < len(row); c++ {
		acc[c] += row[c]
	}
}
