//go:build !linux

package linear

const hugePages = false

func adviseHuge([]byte)   {}
func collapseHuge([]byte) {}
