package petrarch_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// wantErr is an error a reader should report: its line and a part of its
// message.
type wantErr struct {
	line int
	msg  string
}

// checkErrs asserts that errs are exactly want, in order, each naming file.
func checkErrs(t *testing.T, file string, errs dyad.ErrorList, want []wantErr) {
	t.Helper()
	for i, e := range errs {
		if e.Pos.File != file {
			t.Errorf("error %d names file %q, want %q: %v", i, e.Pos.File, file, e)
		}
		if i >= len(want) {
			t.Errorf("unexpected error: %v", e)
			continue
		}
		if e.Pos.Line != want[i].line || !strings.Contains(e.Error(), want[i].msg) {
			t.Errorf("error %d = %v, want line %d containing %q", i, e, want[i].line, want[i].msg)
		}
	}
	for _, w := range want[min(len(errs), len(want)):] {
		t.Errorf("missing error at line %d containing %q", w.line, w.msg)
	}
}

// words folds text into the words dictionaries are matched against.
func words(text string) []string {
	return strings.Fields(strings.ToUpper(text))
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
