package petrarch_test

import (
	"os"
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/petrarch"
)

func TestReadSharedSuite(t *testing.T) {
	path := shared.Path(t, "petrarch", "PETR.UnitTest.dev.xml")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, errs := petrarch.ReadSuite(path, f)
	if len(errs) > 0 {
		t.Errorf("errors: %v", errs)
	}
	if len(s.Records) != 188 {
		t.Errorf("read %d records, want 188", len(s.Records))
	}
	if s.Environment.Verbs == "" || len(s.Environment.Actors) == 0 {
		t.Errorf("environment not read: %+v", s.Environment)
	}
}
