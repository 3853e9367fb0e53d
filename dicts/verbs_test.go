package dicts

import (
	"io/fs"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"

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

// usedCodes returns every event code the verb dictionary can give (block,
// verb and pattern codes, reverse codes included), with where each was
// first seen.
func usedCodes(vs *dict.Verbs) map[string]dyad.Pos {
	used := map[string]dyad.Pos{}
	add := func(c dict.EventCode, pos dyad.Pos) {
		for _, s := range []string{c.Code, c.Reverse} {
			if _, ok := used[s]; s != "" && !ok {
				used[s] = pos
			}
		}
	}
	for _, b := range vs.Blocks {
		add(b.Code, b.Pos)
		for _, v := range b.Verbs {
			add(v.Code, v.Pos)
		}
		for _, p := range b.Patterns {
			add(p.Code, p.Pos)
		}
	}
	return used
}

// TestVerbCodes checks that every code given is a CAMEO code, that every
// root has verbs or patterns, and reports how much of the ontology the
// dictionary reaches.
func TestVerbCodes(t *testing.T) {
	vs := loadVerbs(t)
	used := usedCodes(vs)
	for c, pos := range used {
		if _, ok := dyad.LookupCode(c); !ok {
			t.Errorf("%s: %s is not a CAMEO code", pos, c)
		}
	}
	roots := map[string]bool{}
	for c := range used {
		if e, ok := dyad.LookupCode(c); ok {
			roots[e.Root] = true
		}
	}
	var missing []string
	covered := 0
	for _, e := range dyad.EventCodes() {
		if !roots[e.Root] && e.Code == e.Root {
			t.Errorf("no verb or pattern for CAMEO root %s (%s)", e.Root, e.Name)
		}
		if _, ok := used[e.Code]; ok {
			covered++
		} else if len(e.Code) > 2 {
			missing = append(missing, e.Code)
		}
	}
	sort.Strings(missing)
	all := len(dyad.EventCodes())
	t.Logf("%d of %d CAMEO codes used; not used: %s", covered, all, strings.Join(missing, " "))
	// The bar: most codes below the roots are reachable.
	if min := 250; covered < min {
		t.Errorf("%d codes used, want at least %d", covered, min)
	}
}

// TestVerbPatternCount holds the dictionary to the size issue 5 asks for:
// at least 3,000 patterns ("- ..." lines), counted in the files as
// written, and at least 3,000 besides the negation rows ("&NEG_ ...
// [---]": "did not attack" makes no event), which are many because every
// pattern that would outrank a block's plain negation row has a negated
// twin.
func TestVerbPatternCount(t *testing.T) {
	all, negation := 0, 0
	for _, name := range verbFiles(t) {
		data, err := fs.ReadFile(FS(), name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			l = strings.TrimSpace(l)
			if !strings.HasPrefix(l, "-") || strings.HasPrefix(l, "---") {
				continue
			}
			all++
			if body, _, _ := strings.Cut(l, "#"); strings.Contains(body, "&NEG_") && strings.Contains(body, "[---]") {
				negation++
			}
		}
	}
	t.Logf("%d patterns, %d of them negation rows", all, negation)
	if all < 3000 || all-negation < 3000 {
		t.Errorf("%d patterns (%d besides negation rows), want at least 3000 of each", all, all-negation)
	}
}

// TestVerbPatternsUnique finds patterns written twice in a block: the
// second copy could never be chosen.
func TestVerbPatternsUnique(t *testing.T) {
	vs := loadVerbs(t)
	for _, b := range vs.Blocks {
		seen := map[string]dyad.Pos{}
		for _, p := range b.Patterns {
			key := p.Text
			if i := strings.LastIndexByte(key, '['); i >= 0 {
				key = key[:i]
			}
			key = strings.Join(strings.Fields(strings.ToUpper(key)), " ")
			if first, ok := seen[key]; ok {
				if first == p.Pos {
					continue // the same line read with its hyphenated words split
				}
				t.Errorf("%s: pattern %q repeats %s", p.Pos, key, first)
				continue
			}
			seen[key] = p.Pos
		}
	}
}
