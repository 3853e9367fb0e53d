package code

import (
	"fmt"

	"github.com/dyadproject/dyad"
)

// nominal codes event nouns: a noun that is a form of a dictionary verb
// ("release", "attack", "visit") whose possessor or "by" phrase is an actor
// and which takes an actor in a prepositional phrase ("the U.S. military's
// release of Iranian prisoners", "an attack by Iraq on Iran"). Both actors
// are required, so that "the release of the report" codes nothing. Nouns
// inside a coded verb's phrase are left to that verb.
func (sc *sentenceCoder) nominal() []dyad.Event {
	t := sc.t
	var out []dyad.Event
	for n := 0; n < t.Len(); n++ {
		if sc.skip[n] || sc.done[n] || t.Tok(n).UPOS != "NOUN" {
			continue
		}
		var code string
		var where string
		for _, v := range sc.c.dicts.Verbs.Lookup(t.Words[n]) {
			if len(v.Before)+len(v.After) > 0 {
				continue
			}
			if c := v.EventCode(); !c.Null && c.Code != "" {
				code, where = c.Code, fmt.Sprintf("%s:%d %s (as a noun)", v.Pos.File, v.Pos.Line, v.Name)
				break
			}
		}
		if code == "" {
			continue
		}
		source, target := -1, -1
		for _, k := range t.Kids[n] {
			mi := sc.at[k]
			if mi < 0 || !sc.mentions[mi].Coded() {
				continue
			}
			switch {
			case t.Rel(k) == "nmod:poss" && source < 0:
				source = mi
			case t.BaseRel(k) == "nmod" && t.Rel(k) != "nmod:poss" || (t.BaseRel(k) == "obj" || t.BaseRel(k) == "obl") && sc.caseOf(k) != "":
				// (A noun the tagger took for a verb has its phrases
				// parsed as a verb's: "release ... of prisoners" as obj.)
				switch sc.caseOf(k) {
				case "BY":
					if source < 0 {
						source = mi
					}
				case "OF", "ON", "AGAINST", "WITH", "TO", "FOR", "AT", "INTO":
					if target < 0 {
						target = mi
					}
				}
			}
		}
		if source < 0 || target < 0 || source == target && !sc.mentions[source].Compound {
			continue
		}
		for _, a := range codedMembers(sc.mentions[source]) {
			for _, b := range codedMembers(sc.mentions[target]) {
				if a.Code == b.Code {
					continue
				}
				e := dyad.Event{Date: sc.date, Source: a.Code, Target: b.Code, Code: code, Text: t.S.Text,
					SourceSpan: sc.memberSpan(a), TargetSpan: sc.memberSpan(b), VerbSpan: t.Span(n, n), Pattern: where}
				sc.fillText(&e)
				out = append(out, e)
			}
		}
	}
	return out
}

// caseOf returns the folded preposition (case marker) of token k, or "".
// A parser sometimes hangs the preposition on a word inside the phrase
// ("of" under "nine" in "of nine prisoners"), so the first word of the
// phrase counts too.
func (sc *sentenceCoder) caseOf(k int) string {
	t := sc.t
	for _, c := range t.Kids[k] {
		if t.BaseRel(c) == "case" && c < k {
			return t.Words[c]
		}
	}
	if lo := t.Lo[k]; lo < k && t.BaseRel(lo) == "case" {
		return t.Words[lo]
	}
	return ""
}
