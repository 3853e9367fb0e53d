package petrarch_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

// TestUnclosedComment checks that a "<!--" left open is reported at the
// line where it starts, while the lines before it still load.
func TestUnclosedComment(t *testing.T) {
	as := &dict.Actors{}
	errs := petrarch.ReadActors(as, "a.txt", "BORDURIA [BOR]\n<!-- a note\nSYLDAVIA [SYL]\n")
	if len(errs) != 1 || errs[0].Pos.Line != 2 || !strings.Contains(errs[0].Msg, "never closed") {
		t.Fatalf("errors %v", errs)
	}
	if _, _, ok := as.Match([]string{"BORDURIA"}, 0, 1); !ok {
		t.Error("the entry before the comment was lost")
	}
}
