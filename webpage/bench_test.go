package webpage

import (
	"path/filepath"
	"sort"
	"testing"

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
	b.ResetTimer()
	n := 0
	for b.Loop() {
		if _, err := Read(Page{Body: pages[n%len(pages)]}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}
