package plover_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/plover"
)

func TestReadAndScore(t *testing.T) {
	f, err := os.Open("testdata/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := plover.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].Event != "REQUEST" || recs[1].Event != "ASSAULT" || recs[0].Date != 20010203 ||
		strings.Join(recs[0].Sources, ",") != "RUR" || len(recs[1].Targets) != 0 {
		t.Fatalf("records %+v", recs)
	}
	// A coder that gets the first record right and the second's type wrong.
	code := func(ctx context.Context, r *plover.Record) ([]dyad.Event, error) {
		if r.ID == "r-1" {
			return []dyad.Event{{Source: "RURGOV", Target: "BOR", Code: "1041"}}, nil
		}
		return []dyad.Event{{Source: "BORMIL", Code: "112"}, {Source: "XXX", Code: "010"}}, nil
	}
	rep := plover.Score(context.Background(), recs, code)
	typ, src, other := rep.Rates()
	if typ != 0.5 || src != 1 || other != 2 {
		t.Errorf("rates %v %v %v, want 0.5 1 2", typ, src, other)
	}
	var b strings.Builder
	rep.WriteMisses(&b)
	if !strings.Contains(b.String(), "MISS r-2: type") || strings.Contains(b.String(), "r-1") {
		t.Errorf("misses:\n%s", b.String())
	}
}

func TestReadGoldBadInput(t *testing.T) {
	if _, err := plover.ReadGold(strings.NewReader("{not json")); err == nil {
		t.Error("bad JSON accepted")
	}
}
