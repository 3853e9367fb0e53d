package sentence_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/sentence"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden splits each testdata/*.txt and compares the sentences, one a
// line with their spans, with the matching .golden file.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test documents: %v", err)
	}
	sp := sentence.New()
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			for _, s := range sp.Split(string(text)) {
				fmt.Fprintf(&out, "%d:%d\t%s\n", s.Start, s.End, strings.ReplaceAll(s.Of(string(text)), "\n", "⏎"))
			}
			golden := strings.TrimSuffix(file, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if out.String() != string(want) {
				t.Errorf("sentences differ from %s (run go test -update to accept):\ngot:\n%s\nwant:\n%s", golden, out.String(), want)
			}
		})
	}
}
