package petrarch_test

import (
	"os"
	"runtime"
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/petrarch"
)

// BenchmarkLoadPhoenix reads the full Phoenix dictionary set (verbs,
// three actor files, agents, discards, issues) and reports the heap it
// keeps once loaded.
func BenchmarkLoadPhoenix(b *testing.B) {
	dir := shared.Path(b, "petrarch", "phoenix")
	fsys := os.DirFS(dir)
	files, err := petrarch.FindFiles(fsys)
	if err != nil {
		b.Fatal(err)
	}
	var kept uint64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		set, _ := petrarch.Load(fsys, files)
		runtime.GC()
		runtime.ReadMemStats(&after)
		kept = after.HeapAlloc - before.HeapAlloc
		runtime.KeepAlive(set)
	}
	b.ReportMetric(float64(kept)/(1<<20), "MB-kept")
}
