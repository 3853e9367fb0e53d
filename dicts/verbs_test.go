package dicts

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

// verbFiles lists the built-in verb dictionaries in the order they are
// read: synsets first.
func verbFiles(t testing.TB) []string {
	t.Helper()
	names, err := fs.Glob(FS(), "verbs*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no verb files: %v", err)
	}
	return names
}

// loadVerbs reads every verb file into one dictionary with the project's
// reader and fails on any error it reports.
func loadVerbs(t testing.TB) *dict.Verbs {
	t.Helper()
	vs := &dict.Verbs{}
	for _, name := range verbFiles(t) {
		data, err := fs.ReadFile(FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		if errs := petrarch.ReadVerbs(vs, name, string(data)); len(errs) > 0 {
			for _, e := range errs {
				t.Error(e)
			}
		}
	}
	return vs
}

func TestVerbsLoad(t *testing.T) {
	vs := loadVerbs(t)
	n := 0
	for _, b := range vs.Blocks {
		n += len(b.Patterns)
	}
	t.Logf("%d blocks, %d patterns, %d synsets, %d forms", len(vs.Blocks), n, len(vs.Synsets), vs.NumForms())
	_ = strings.ToUpper
}

// TestVerbFormsUnique checks that a single-word verb form belongs to one
// verb only: the coder takes the first verb listed for a form, so a second
// one would never be used. Multiword verbs ("call on", "call off") may share
// their verb word with each other and with one single-word verb.
func TestVerbFormsUnique(t *testing.T) {
	vs := loadVerbs(t)
	owner := map[string]*dict.Verb{}
	multi := map[string]*dict.Verb{}
	for _, b := range vs.Blocks {
		for _, v := range b.Verbs {
			key := strings.Join(v.Before, " ") + "|" + strings.Join(v.After, " ")
			for _, f := range v.Forms {
				if len(v.Before)+len(v.After) > 0 {
					k := f + "|" + key
					if o := multi[k]; o != nil && o != v {
						t.Errorf("%s: %s %s is also %s at %s", v.Pos, f, key, o.Name, o.Pos)
					}
					multi[k] = v
					continue
				}
				if o := owner[f]; o != nil && o != v {
					t.Errorf("%s: form %s of %s is also %s at %s", v.Pos, f, v.Name, o.Name, o.Pos)
				}
				owner[f] = v
			}
		}
	}
}
