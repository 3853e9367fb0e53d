//go:build !purego

package linear

import "testing"

// The SSE path runs on processors without AVX2; check it here too.
func TestAddRowSSE(t *testing.T) {
	defer func(v bool) { hasAVX2 = v }(hasAVX2)
	hasAVX2 = false
	TestAddRow(t)
	TestAddRowBounds(t)
}
