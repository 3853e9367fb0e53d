package linear

import "syscall"

const hugePages = true

// Linux madvise advice values (include/uapi/asm-generic/mman-common.h).
const (
	madvHugepage = 14
	madvCollapse = 25 // Linux 6.1 and later
)

// adviseHuge asks that mem's whole huge pages be backed by huge pages when
// they are first touched (honoured when transparent huge pages are
// "always" or "madvise"; an error only means the advice is not taken).
func adviseHuge(mem []byte) {
	if mem = wholePages(mem); len(mem) > 0 {
		_ = syscall.Madvise(mem, madvHugepage)
	}
}

// collapseHuge asks the system to move mem's pages to huge pages now, for
// the parts the first touch gave small pages (memory the allocator had
// used before). Older kernels refuse; the table then works as it is.
func collapseHuge(mem []byte) {
	if mem = wholePages(mem); len(mem) > 0 {
		_ = syscall.Madvise(mem, madvCollapse)
	}
}

// wholePages returns the part of mem that covers whole huge pages.
func wholePages(mem []byte) []byte {
	return mem[:len(mem)/hugePage*hugePage]
}
