package dict

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// EventCode is the code a verb or pattern gives: the event as found, and
// optionally the event in the reverse direction (TABARI's "[032:033]": a
// visit by A to B is also B receiving A). Null ("[---]") means the verb is
// known but makes no event.
type EventCode struct {
	Code    string
	Reverse string
	Null    bool
}

// IsZero reports whether no code was given.
func (c EventCode) IsZero() bool { return c.Code == "" && c.Reverse == "" && !c.Null }

func (c EventCode) String() string {
	switch {
	case c.Null:
		return "---"
	case c.Reverse != "":
		return c.Code + ":" + c.Reverse
	}
	return c.Code
}

// Synset is a named set of phrases (&CURRENCY) usable wherever a word can
// stand in a pattern. A member can itself name a synset.
type Synset struct {
	Name    string
	Members []Phrase // phrases whose words may be "&OTHER" references
	Pos     dyad.Pos

	// Built by Index: members by first and by last word, and the synsets
	// named as members.
	byFirst, byLast map[string][]Phrase
	refs            []string
}

// Index prepares the synset for matching; call it after adding members.
func (s *Synset) Index() {
	s.byFirst, s.byLast, s.refs = map[string][]Phrase{}, map[string][]Phrase{}, nil
	for _, m := range s.Members {
		if len(m.Words) == 1 && len(m.Words[0]) > 1 && m.Words[0][0] == '&' {
			s.refs = append(s.refs, m.Words[0][1:])
			continue
		}
		if len(m.Words) == 0 {
			continue
		}
		s.byFirst[m.Words[0]] = append(s.byFirst[m.Words[0]], m)
		last := m.Words[len(m.Words)-1]
		s.byLast[last] = append(s.byLast[last], m)
	}
}

// StartingWith returns the members whose first word is w.
func (s *Synset) StartingWith(w string) []Phrase { return s.byFirst[w] }

// EndingWith returns the members whose last word is w.
func (s *Synset) EndingWith(w string) []Phrase { return s.byLast[w] }

// Refs returns the names of the synsets that are members of s.
func (s *Synset) Refs() []string { return s.refs }

// Verbs is a verb dictionary: verb forms, their blocks and patterns, and
// the synsets the patterns use.
type Verbs struct {
	Synsets    map[string]*Synset
	Blocks     []*Block
	Transforms []*Transform
	forms      map[string][]*Verb
}

// Block is a verb block ("--- ACCUSE [112] ---"): verbs sharing a default
// code and patterns.
type Block struct {
	Name     string
	Code     EventCode
	Verbs    []*Verb
	Patterns []*Pattern // most specific first (see Sort)
	Pos      dyad.Pos
}

// Verb is one verb of a block. A multiword verb ("cordon off", "wire tap")
// is found by its verb word with the other words right before or after.
type Verb struct {
	Block  *Block
	Name   string    // as written
	Word   string    // the word the parser tags as the verb (base form)
	Before []string  // words that must directly precede the verb word
	After  []string  // words that must directly follow it
	Code   EventCode // the verb's own code; zero means the block's
	Forms  []string  // the verb word's forms
	Pos    dyad.Pos
}

// EventCode returns the code the verb gives when no pattern matches.
func (v *Verb) EventCode() EventCode {
	if !v.Code.IsZero() {
		return v.Code
	}
	return v.Block.Code
}

// Pattern is a verb pattern: elements to find before the verb (Upper) and
// after it (Lower), in text order, and the code it gives.
type Pattern struct {
	Upper []Elem
	Lower []Elem
	Code  EventCode
	Text  string // as written, for provenance
	Pos   dyad.Pos
}

// Specificity is the number of elements a pattern requires; longer
// patterns are tried first.
func (p *Pattern) Specificity() int { return len(p.Upper) + len(p.Lower) }

// ElemKind says what a pattern element matches.
type ElemKind uint8

const (
	ElemWord     ElemKind = iota // a word
	ElemSynset                   // any member of a synset
	ElemSource                   // $: an actor, which becomes the source
	ElemTarget                   // +: an actor, which becomes the target
	ElemCompound                 // %: a compound actor ("A and B")
	ElemSkip                     // ^: any one noun phrase
)

// Elem is one element of a pattern. Adjacent means the element is joined
// by '_' to its neighbour towards the verb: for an Upper element, the next
// element (or the verb); for a Lower element, the previous one (or the
// verb).
type Elem struct {
	Kind     ElemKind
	Word     string
	Synset   *Synset
	Adjacent bool
}

// Transform is a PETRARCH-2 transformation ("~ a (a b ATTACK) SAY = a b
// 015"): it combines a reporting verb with the verb it embeds.
type Transform struct {
	Text   string
	Left   []string // the pattern's tokens
	Source string   // result source variable
	Target string   // result target variable
	Code   string   // result code (or a variable naming the embedded code)
	Pos    dyad.Pos
}

// AddVerb indexes v under its forms.
func (vs *Verbs) AddVerb(v *Verb) {
	if vs.forms == nil {
		vs.forms = make(map[string][]*Verb)
	}
	for _, f := range v.Forms {
		vs.forms[f] = append(vs.forms[f], v)
	}
}

// Lookup returns the verbs that a word form may be, multiword verbs first.
func (vs *Verbs) Lookup(form string) []*Verb { return vs.forms[form] }

// NumForms returns the number of distinct verb forms known.
func (vs *Verbs) NumForms() int { return len(vs.forms) }

// Sort orders every block's patterns most specific first, keeping file
// order among equals, and each form's verbs multiword first.
func (vs *Verbs) Sort() {
	for _, b := range vs.Blocks {
		sort.SliceStable(b.Patterns, func(i, j int) bool {
			return b.Patterns[i].Specificity() > b.Patterns[j].Specificity()
		})
	}
	for _, list := range vs.forms {
		sort.SliceStable(list, func(i, j int) bool {
			return len(list[i].Before)+len(list[i].After) > len(list[j].Before)+len(list[j].After)
		})
	}
}

// VerbForms returns the forms of a regular verb: the base, +S (or +ES, or
// Y→IES), +ED and +ING (a final E is dropped before ING and takes D), and
// for short verbs ending consonant-vowel-consonant the doubled forms too.
func VerbForms(base string) []string {
	forms := []string{base}
	add := func(f string) {
		for _, g := range forms {
			if g == f {
				return
			}
		}
		forms = append(forms, f)
	}
	n := len(base)
	if n == 0 {
		return nil
	}
	last := base[n-1]
	consonantY := last == 'Y' && n > 1 && !isVowel(base[n-2])
	switch {
	case consonantY:
		add(base[:n-1] + "IES")
		add(base[:n-1] + "IED")
		add(base + "ING")
	case last == 'E':
		add(base + "S")
		add(base + "D")
		if n > 2 && base[n-2] == 'E' { // agree → agreeing
			add(base + "ING")
		} else {
			add(base[:n-1] + "ING")
		}
	default:
		if strings.HasSuffix(base, "S") || strings.HasSuffix(base, "X") || strings.HasSuffix(base, "Z") ||
			strings.HasSuffix(base, "CH") || strings.HasSuffix(base, "SH") {
			add(base + "ES")
		} else {
			add(base + "S")
		}
		add(base + "ED")
		add(base + "ING")
		if n >= 3 && !isVowel(last) && isVowel(base[n-2]) && !isVowel(base[n-3]) && !strings.ContainsRune("WXY", rune(last)) {
			add(base + string(last) + "ED")
			add(base + string(last) + "ING")
		}
	}
	return forms
}

func isVowel(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
