package dict

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// DatedCode is an actor code in force between two dates (inclusive). A zero
// From or To leaves that side open; both zero make the undated default.
type DatedCode struct {
	Code     string
	From, To dyad.Date
}

// Covers reports whether d falls within the code's dates.
func (c DatedCode) Covers(d dyad.Date) bool {
	return (c.From == 0 || d >= c.From) && (c.To == 0 || d <= c.To)
}

// Undated reports whether the code is a default with no dates.
func (c DatedCode) Undated() bool { return c.From == 0 && c.To == 0 }

// NullCode is the code of an actor known to the dictionary that should not
// be coded ("---").
const NullCode = "---"

// Actor is an actor dictionary entry: a primary name, its synonyms (stored
// in the Actors trie), and its codes.
type Actor struct {
	Name  string      // primary phrase as written
	Codes []DatedCode // dated codes in file order, and the undated default
	Pos   dyad.Pos    // where the entry starts
}

// CodeOn returns the code in force on date d: the first dated code that
// covers d, else the undated default, else "". With an unknown date (0) the
// default is used. A code may list several actors separated by '/'
// ("FRO/BIL"); callers split it.
func (a *Actor) CodeOn(d dyad.Date) string {
	if d != 0 {
		for _, c := range a.Codes {
			if !c.Undated() && c.Covers(d) {
				return c.Code
			}
		}
	}
	for _, c := range a.Codes {
		if c.Undated() {
			return c.Code
		}
	}
	return ""
}

// Actors maps names to actor entries.
type Actors struct {
	Trie[*Actor]
	Entries []*Actor
}

// Add stores an entry under its phrases (the primary name and synonyms).
// Phrases already present keep their first entry; Add returns those.
func (as *Actors) Add(a *Actor, phrases ...Phrase) (dups []Phrase) {
	as.Entries = append(as.Entries, a)
	for _, p := range phrases {
		if !as.Trie.Add(p, a) {
			dups = append(dups, p)
		}
	}
	return dups
}

// Agent is an agent dictionary entry: a common noun ("police", "foreign
// minister") whose role code joins the country code of its noun phrase.
type Agent struct {
	Name   string   // phrase as written
	Code   string   // role code, e.g. "COP" or "GOVFRM"
	Prefix bool     // [CODE~]: the code goes before the country code
	Pos    dyad.Pos // where the entry is
}

// Agents maps agent phrases (singular and plural forms) to entries.
type Agents struct {
	Trie[*Agent]
	Entries []*Agent
}

// Add stores an agent under its phrases.
func (as *Agents) Add(a *Agent, phrases ...Phrase) (dups []Phrase) {
	as.Entries = append(as.Entries, a)
	for _, p := range phrases {
		if !as.Trie.Add(p, a) {
			dups = append(dups, p)
		}
	}
	return dups
}

// Plural returns the regular plural of an upper-case word: +S, Y→IES after
// a consonant, +ES after S, X, Z, CH and SH.
func Plural(w string) string {
	switch {
	case strings.HasSuffix(w, "Y") && len(w) > 1 && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES"
	}
	return w + "S"
}

// PluralPhrase pluralises the last word of p.
func PluralPhrase(p Phrase) Phrase {
	q := Phrase{Words: append([]string(nil), p.Words...), Gap: append([]bool(nil), p.Gap...)}
	if n := len(q.Words); n > 0 {
		q.Words[n-1] = Plural(q.Words[n-1])
	}
	return q
}
