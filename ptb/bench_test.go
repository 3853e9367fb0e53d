package ptb_test

import (
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/ptb"
)

// loadCases reads the golden conversion cases as (text, parse) pairs.
func loadCases(b *testing.B) [][2]string {
	files, err := filepath.Glob("testdata/convert/*.ptb")
	if err != nil || len(files) == 0 {
		b.Fatal("no cases")
	}
	var cases [][2]string
	for _, f := range files {
		text, parse := readCase(b, f)
		cases = append(cases, [2]string{text, parse})
	}
	return cases
}

func BenchmarkParse(b *testing.B) {
	cases := loadCases(b)
	for b.Loop() {
		for _, c := range cases {
			if _, err := ptb.Parse(c[1]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(cases))/b.Elapsed().Seconds(), "parses/s")
}

func BenchmarkToSentence(b *testing.B) {
	cases := loadCases(b)
	trees := make([]*ptb.Node, len(cases))
	for i, c := range cases {
		var err error
		if trees[i], err = ptb.Parse(c[1]); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		for i, c := range cases {
			ptb.ToSentence(trees[i], c[0], 0)
		}
	}
	b.ReportMetric(float64(b.N*len(cases))/b.Elapsed().Seconds(), "sentences/s")
}
