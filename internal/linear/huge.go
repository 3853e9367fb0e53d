package linear

import "unsafe"

// hugePage is the size of the large pages some systems can back memory
// with (2 MiB on x86-64 and arm64 Linux).
const hugePage = 2 << 20

// minHuge is the smallest table worth placing on huge pages: below a few
// pages the processor's translation cache holds a table's small pages
// anyway.
const minHuge = 4 * hugePage

// hugeCopy returns s, or a copy of it on memory the system may back with
// huge pages. Scoring looks up features at random places in tables of
// tens of megabytes: with 4 KiB pages nearly every lookup also misses the
// processor's translation cache, with 2 MiB pages almost none does. The
// copy is ordinary garbage-collected memory: a table that starts on a
// huge-page boundary, with the system asked to back it with huge pages.
func hugeCopy[T any](s []T) []T {
	var zero T
	elem := int(unsafe.Sizeof(zero))
	if !hugePages || len(s)*elem < minHuge {
		return s
	}
	// Over-allocate by a page to find a boundary inside; a large
	// allocation fresh from the system is not touched until the copy
	// below, so the advice comes before its pages exist.
	buf := make([]T, len(s)+hugePage/elem)
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	skip := int((hugePage-addr%hugePage)%hugePage) / elem
	out := buf[skip : skip+len(s) : skip+len(s)]
	mem := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(out))), len(out)*elem)
	adviseHuge(mem)
	copy(out, s)
	collapseHuge(mem)
	return out
}
