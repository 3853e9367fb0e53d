//go:build !purego

package linear

import "golang.org/x/sys/cpu"

// addRow adds row to acc (len(acc) >= len(row)). A dense row is added at
// almost every decision, and on amd64 eight weights (four without AVX2)
// go in one vector instruction (addrow_amd64.s): a sixth of the time of
// tagging and parsing went to this loop in Go.
func addRow(acc, row []float32) {
	if len(row) == 0 {
		return
	}
	_ = acc[len(row)-1]
	if hasAVX2 {
		addRowAVX2(&acc[0], &row[0], len(row))
		return
	}
	addRowSSE(&acc[0], &row[0], len(row))
}

var hasAVX2 = cpu.X86.HasAVX2

//go:noescape
func addRowSSE(acc, row *float32, n int)

//go:noescape
func addRowAVX2(acc, row *float32, n int)
