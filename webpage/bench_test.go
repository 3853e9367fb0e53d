package webpage

import (
	"path/filepath"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/dyadproject/dyad/internal/shared"
)

// BenchmarkRead reads the shared benchmark pages (decoded from gzip
// beforehand); pages/s is the figure quoted in the README.
func BenchmarkRead(b *testing.B) {
	dir := shared.Path(b, "articles", "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil || len(names) == 0 {
		b.Skip("no pages")
	}
	sort.Strings(names)
	pages := make([][]byte, len(names))
	size := 0
	for i, n := range names {
		pages[i] = readGz(b, n)
		size += len(pages[i])
	}
	b.SetBytes(int64(size / len(pages)))
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		if _, err := Read(Page{Body: pages[n%len(pages)]}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	// On a machine shared with other work, wall time says more about the
	// neighbours than about dyad: pages per second of this process's CPU
	// time is the figure to quote when the machine is busy (-cpu 1).
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(n)/d.Seconds(), "pages/cpu-s")
	}
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
