package token_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

// BenchmarkTokenize tokenizes the tricky news sentences of testdata/news.txt
// as one span.
func BenchmarkTokenize(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		b.Fatal(err)
	}
	tk := token.New()
	span := dyad.Span{Start: 0, End: len(text)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tk.Tokenize(string(text), span)
	}
}
