package segment_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/segment"
)

// BenchmarkSentences measures splitting and tokenizing wire copy written for
// these tests (testdata/wire.txt), repeated to about 1 MB so that the
// figure is about throughput rather than start-up.
func BenchmarkSentences(b *testing.B) {
	wire, err := os.ReadFile(filepath.Join("testdata", "wire.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(wire)+"\n\n", (1<<20)/len(wire)+1)
	benchmark(b, text)
}

// BenchmarkSentencesWikinews does the same on the Wikinews stories in
// ../shared/news/wikinews, when they are there.
func BenchmarkSentencesWikinews(b *testing.B) {
	dir := shared.Path(b, "news", "wikinews")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skip("no Wikinews stories")
	}
	var sb strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	benchmark(b, sb.String())
}

func benchmark(b *testing.B, text string) {
	seg := segment.New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		tokens = 0
		for _, s := range seg.Sentences(text) {
			tokens += len(s.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
