package code

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/tree"
)

// Coder codes sentences with a set of dictionaries. It is safe for
// concurrent use once built.
type Coder struct {
	dicts  *dict.Set
	opts   Options
	finder actor.Finder
}

// New returns a coder for the dictionaries in set.
func New(set *dict.Set, opts Options) *Coder {
	return &Coder{dicts: set, opts: opts, finder: actor.Finder{Actors: set.Actors, Agents: set.Agents}}
}

// Options returns the coder's options.
func (c *Coder) Options() Options { return c.opts }

// WithOptions returns a coder sharing c's dictionaries with other options.
func (c *Coder) WithOptions(o Options) *Coder {
	d := *c
	d.opts = o
	return &d
}

// PlaceCountry returns the country code of a place name as the actor
// dictionaries code it on date ("BAGHDAD" → IRQ), or "".
func (c *Coder) PlaceCountry(place string, date dyad.Date) string {
	words := dict.ParsePhrase(strings.ReplaceAll(place, " ", "_"), false).Words
	if len(words) == 0 || c.dicts.Actors == nil {
		return ""
	}
	a, end, ok := c.dicts.Actors.Match(words, 0, len(words))
	if !ok || end != len(words) {
		return ""
	}
	return countryOf(a.CodeOn(date))
}

// DiscardError reports a sentence that holds a discard phrase: it is not
// coded, and with Story set neither is the rest of its story.
type DiscardError struct {
	Story  bool
	Phrase string
	Pos    dyad.Pos
}

func (e *DiscardError) Error() string {
	what := "sentence"
	if e.Story {
		what = "story"
	}
	return fmt.Sprintf("%s discarded: %q (%s)", what, e.Phrase, e.Pos)
}

// ErrDateline reports a sentence that begins with a dateline ("CEBU CITY:
// --"), which a reader should have separated from the story.
var ErrDateline = errors.New("sentence starts with a dateline")

// ErrEmpty reports a sentence without tokens.
var ErrEmpty = errors.New("sentence has no words")

// Code returns the events of one parsed sentence dated date. Event spans
// are those of s's tokens; Doc and Sentence are left for the caller.
func (c *Coder) Code(s *dyad.Sentence, date dyad.Date) ([]dyad.Event, error) {
	return c.code(s, date, nil)
}

func (c *Coder) code(s *dyad.Sentence, date dyad.Date, d *Discourse) ([]dyad.Event, error) {
	if len(s.Tokens) == 0 {
		return nil, ErrEmpty
	}
	if c.opts.Repair {
		s = repairVerbs(s)
	}
	t := tree.New(s)
	if d := c.dicts.Discards.Find(t.Words); d != nil {
		return nil, &DiscardError{Story: d.Story, Phrase: d.Text, Pos: d.Pos}
	}
	if dateline(t) {
		return nil, ErrDateline
	}
	sc := &sentenceCoder{c: c, t: t, date: date}
	sc.skip = c.commaClauses(t)
	if c.opts.Clauses {
		skipAttribution(t, sc.skip)
	}
	sc.mentions = c.finder.Find(t, date, sc.skip)
	if c.opts.NewActorLength > 0 {
		sc.newActors()
	}
	sc.index()
	if c.opts.Clauses {
		sc.appositions()
	}
	if d != nil {
		sc.resolve(d)
	}
	if c.opts.Questions && question(t.S.Tokens) {
		return nil, nil
	}
	return sc.code(), nil
}

// question reports whether a sentence ends in a question mark, closing
// quotes and brackets aside.
func question(toks []dyad.Token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		switch toks[i].Text {
		case "\"", "”", "’", "'", "''", ")", "]", "-RRB-":
			continue
		case "?":
			return true
		}
		return false
	}
	return false
}

// dateline reports whether a sentence opens with an upper-case place name
// and a colon or dash ("CEBU CITY: --", "BAGHDAD --").
func dateline(t *tree.Tree) bool {
	for i := 0; i < t.Len() && i < 6; i++ {
		w := t.S.Tokens[i].Text
		switch w {
		case ":", "--", "—", "–":
			return i > 0
		}
		if strings.ToUpper(w) != w || !hasLetter(w) {
			return false
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127 {
			return true
		}
	}
	return false
}

// sentenceCoder holds the state of coding one sentence.
type sentenceCoder struct {
	c        *Coder
	t        *tree.Tree
	date     dyad.Date
	skip     []bool // tokens removed with comma-delimited clauses
	mentions []*actor.Mention
	at       []int // mention index covering each token, or -1
	done     []bool
	up, low  seq // buffers for a verb's sequences
	lowTo    seq // the lower sequence with infinitives of control kept
}

func (sc *sentenceCoder) index() {
	sc.at = make([]int, sc.t.Len())
	for i := range sc.at {
		sc.at[i] = -1
	}
	for mi, m := range sc.mentions {
		for i := m.Start; i < m.End; i++ {
			sc.at[i] = mi
		}
	}
	sc.done = make([]bool, sc.t.Len())
}

// appositions lets an appositive name the actor of the mention it
// describes: "Iran's most powerful figure, Supreme leader Ali Khamenei" is
// IRNGOV, not just IRN. The appositive wins when the mention has no code
// or only a less specific one (a prefix of the appositive's code).
func (sc *sentenceCoder) appositions() {
	t := sc.t
	for _, m := range sc.mentions {
		for _, k := range t.Kids[m.Head] {
			if t.Rel(k) != "appos" || sc.at[k] < 0 {
				continue
			}
			a := sc.mentions[sc.at[k]]
			if a == m || !a.Coded() {
				continue
			}
			ac := a.Codes()[0]
			better := !m.Coded()
			if !better {
				better = true
				for _, c := range m.Codes() {
					if len(c) >= len(ac) || ac[:len(c)] != c {
						better = false
					}
				}
			}
			if better {
				m.Members = append([]actor.Member(nil), a.Members...)
			}
		}
	}
}

// newActors codes short uncoded noun phrases by their own words.
func (sc *sentenceCoder) newActors() {
	for _, m := range sc.mentions {
		if m.Coded() || m.End-m.Start > sc.c.opts.NewActorLength {
			continue
		}
		var words []string
		for i := m.Start; i < m.End; i++ {
			if sc.t.IsNominal(i) || sc.t.Tok(i).UPOS == "ADJ" {
				words = append(words, sc.t.Words[i])
			}
		}
		if len(words) == 0 {
			continue
		}
		code := strings.Join(words, "_")
		for i := range m.Members {
			m.Members[i].Code = code
		}
	}
}
