package validation_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/petrarch"
	"github.com/dyadproject/dyad/validation"
)

// loadSuite reads the shared PETRARCH dev suite and its dictionaries, or
// skips.
func loadSuite(tb testing.TB) (*petrarch.Suite, *code.Coder) {
	tb.Helper()
	path := shared.Path(tb, "petrarch", "PETR.UnitTest.dev.xml")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	suite, errs := petrarch.ReadSuite(path, f)
	if len(errs) > 0 {
		tb.Fatalf("reading suite: %v", errs)
	}
	env := suite.Environment
	files := petrarch.Files{Verbs: []string{env.Verbs}, Actors: env.Actors, Agents: []string{env.Agents}, Discards: []string{env.Discards}}
	set, derrs := petrarch.Load(os.DirFS(filepath.Dir(path)), files)
	if len(derrs) > 0 {
		tb.Fatalf("loading dictionaries: %v", derrs)
	}
	return suite, code.New(set, code.DefaultOptions())
}

// TestDevSuite holds the coder to the bar: at least 90% of the
// dev records coded exactly from their supplied parses.
func TestDevSuite(t *testing.T) {
	suite, coder := loadSuite(t)
	rep := validation.Run(suite, coder, nil)
	n, ok := len(rep.Results), rep.Correct()
	t.Logf("%d of %d records coded exactly (%.1f%%)", ok, n, 100*float64(ok)/float64(n))
	if float64(ok) < 0.90*float64(n) {
		t.Errorf("coded %d of %d exactly, below 90%%", ok, n)
	}
}

// BenchmarkCodeSuite codes every dev record from its supplied parse:
// reading the bracketed parse, converting it to dependencies, finding
// actors and coding verbs.
func BenchmarkCodeSuite(b *testing.B) {
	suite, coder := loadSuite(b)
	n := 0
	for b.Loop() {
		for _, r := range suite.Records {
			s, err := validation.FromParse(r)
			if err != nil {
				continue
			}
			coder.Code(s, r.Date)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
