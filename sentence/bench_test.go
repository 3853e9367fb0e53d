package sentence_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/sentence"
)

// BenchmarkSplit splits the test documents in testdata, joined into one text.
func BenchmarkSplit(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no test documents: %v", err)
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
	text := sb.String()
	sp := sentence.New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sp.Split(text)
	}
}
