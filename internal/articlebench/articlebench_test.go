package articlebench

import (
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
)

// TestBenchmarkF1 holds dyad's HTML reader to the bar on the
// shared benchmark pages: F1 of the averaged precision and recall ≥ 0.96.
func TestBenchmarkF1(t *testing.T) {
	dir := shared.Path(t, "articles")
	res, err := Run(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pages {
		if testing.Verbose() {
			t.Logf("%.8s P=%.3f R=%.3f %s", p.ID, p.Counts.Precision(), p.Counts.Recall(), p.URL)
		}
	}
	s := res.Score
	t.Logf("%d pages: precision %.4f, recall %.4f, F1 %.4f", s.Pages, s.Precision, s.Recall, s.F1)
	if s.F1 < 0.96 {
		t.Errorf("F1 %.4f below 0.96", s.F1)
	}
}
