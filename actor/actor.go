// Package actor finds the actors of a parsed sentence: noun phrases whose
// words name a country, organisation, group or person in the actor
// dictionary, possibly with agents ("Iraqi police" → IRQCOP, "rebels from
// Syria" → SYRREB), and coordinations of them ("Iraq and Iran").
package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/tree"
)

// Mention is a noun phrase of a sentence, coded or not: a span of tokens
// and the actors it names. A coordination of noun phrases is one Mention
// with several members.
type Mention struct {
	Start, End int // tokens [Start, End)
	Head       int
	Members    []Member
	Compound   bool // a coordination: its members can act on each other
}

// Member is one actor of a mention.
type Member struct {
	Code       string      // full actor code, e.g. "IRQCOP", "---GOV"; "" when uncoded
	Actor      *dict.Actor // dictionary entry of the actor part, if any
	ActorEnd   int         // token after the actor's name
	Agents     []*dict.Agent
	Start, End int // tokens of the member's own noun phrase
}

// Coded reports whether the mention names at least one actor or agent.
func (m *Mention) Coded() bool {
	for _, x := range m.Members {
		if x.Code != "" {
			return true
		}
	}
	return false
}

// Codes returns the codes of the coded members.
func (m *Mention) Codes() []string {
	var out []string
	for _, x := range m.Members {
		if x.Code != "" {
			out = append(out, x.Code)
		}
	}
	return out
}

// Finder finds mentions with a set of dictionaries.
type Finder struct {
	Actors *dict.Actors
	Agents *dict.Agents
}

// Find returns the mentions of a sentence in text order, coded with the
// actor codes in force on date. Tokens marked in skip (clauses removed
// before coding) are ignored.
func (f *Finder) Find(t *tree.Tree, date dyad.Date, skip []bool) []*Mention {
	n := t.Len()
	var cands []*Mention
	for h := 0; h < n; h++ {
		if (skip != nil && skip[h]) || !isPhraseHead(t, h) {
			continue
		}
		cands = append(cands, f.mention(t, h, date, skip))
	}
	// Keep the widest non-overlapping mentions, in text order.
	sortMentions(cands)
	var out []*Mention
	end := 0
	for _, m := range cands {
		if m.Start < end {
			continue
		}
		out = append(out, m)
		end = m.End
	}
	return out
}

func sortMentions(ms []*Mention) {
	// Insertion sort: sentences are short and candidates nearly sorted.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0; j-- {
			a, b := ms[j-1], ms[j]
			if a.Start < b.Start || a.Start == b.Start && a.End >= b.End {
				break
			}
			ms[j-1], ms[j] = b, a
		}
	}
}

// isPhraseHead reports whether token i heads a noun phrase of its own
// rather than being part of a larger one.
func isPhraseHead(t *tree.Tree, i int) bool {
	if !t.IsNominal(i) {
		return false
	}
	switch t.Rel(i) {
	case "compound", "flat", "flat:name", "fixed", "goeswith", "det", "amod", "nummod", "case":
		return false
	case "nmod:poss", "nmod:desc":
		if h := t.Head(i); h >= 0 && t.IsNominal(h) {
			return false
		}
	}
	return true
}

// inBase reports whether child k of a noun belongs to the noun's own
// phrase (its determiners, modifiers and possessor) rather than attaching
// another phrase or a clause to it.
func inBase(t *tree.Tree, head, k int) bool {
	switch t.Rel(k) {
	case "det", "det:predet", "amod", "compound", "flat", "flat:name", "fixed", "goeswith",
		"nmod:poss", "nmod:desc", "nummod", "advmod", "compound:prt":
		return true
	case "case":
		// Only the possessive marker: prepositions belong to the phrase
		// that attaches this one.
		w := t.Words[k]
		return w == "'S" || w == "'" || w == "S"
	case "punct":
		return k > t.Lo[head] && k < head // hyphens and the like inside the phrase
	case "dep":
		return k < head
	}
	return false
}

// base returns the first and last token of the noun phrase of h without
// attached phrases: h and the subtrees of its base dependents.
func base(t *tree.Tree, h int, skip []bool) (lo, hi int) {
	lo, hi = h, h
	for _, k := range t.Kids[h] {
		if (skip != nil && skip[k]) || !inBase(t, h, k) {
			continue
		}
		lo, hi = min(lo, t.Lo[k]), max(hi, t.Hi[k])
	}
	return lo, hi
}

// attached returns the prepositional phrases (nmod) attached to h that are
// simple — holding one noun phrase, or a coordination of simple noun
// phrases, and nothing further attached — and that complete h as an
// actor: h names an agent but no actor ("the government of Iraq",
// "rebels from Syria"), or an agent phrase runs across the preposition
// ("the Ministry of Defence"), or an actor's name does ("the Prince of
// Wales"). Other phrases stay apart: "an attack by
// soldiers in the south", "talks with Iran".
func (f *Finder) attached(t *tree.Tree, h int, date dyad.Date, skip []bool) []int {
	var out []int
	lo, hi := base(t, h, skip)
	hasActor, hasAgent := f.names(t, lo, hi+1, date)
	for _, k := range t.Kids[h] {
		if k < h || (skip != nil && skip[k]) || t.BaseRel(k) != "nmod" {
			continue
		}
		switch t.Rel(k) {
		case "nmod:poss", "nmod:desc", "nmod:tmod", "nmod:npmod", "nmod:unmarked":
			continue
		}
		if !simple(t, k) {
			continue
		}
		if hasAgent && !hasActor || f.nameAcross(t, lo, hi, t.Hi[k]) {
			out = append(out, k)
		}
	}
	return out
}

// names reports whether tokens [lo, hi) hold an actor (coded on date) and
// an agent.
func (f *Finder) names(t *tree.Tree, lo, hi int, date dyad.Date) (actor, agent bool) {
	for i := lo; i < hi; i++ {
		if f.Actors != nil {
			if a, _, ok := f.Actors.Match(t.Words, i, hi); ok {
				if c := a.CodeOn(date); c != "" && c != dict.NullCode {
					actor = true
				}
			}
		}
		if f.Agents != nil {
			if _, _, ok := f.Agents.Match(t.Words, i, hi); ok {
				agent = true
			}
		}
	}
	return actor, agent
}

// nameAcross reports whether an actor or agent phrase starting in
// [lo, hi] ends after hi, within the attached phrase that ends at end:
// "the Prince of Wales", "the Ministry of Defence".
func (f *Finder) nameAcross(t *tree.Tree, lo, hi, end int) bool {
	for i := lo; i <= hi; i++ {
		if f.Actors != nil {
			if _, e, ok := f.Actors.Match(t.Words, i, end+1); ok && e > hi+1 {
				return true
			}
		}
		if f.Agents != nil {
			if _, e, ok := f.Agents.Match(t.Words, i, end+1); ok && e > hi+1 {
				return true
			}
		}
	}
	return false
}

func simple(t *tree.Tree, k int) bool {
	if !t.IsNominal(k) {
		return false
	}
	for _, c := range t.Kids[k] {
		switch t.BaseRel(c) {
		case "nmod", "acl", "appos":
			return false
		case "conj":
			if !simple(t, c) {
				return false
			}
		}
	}
	return true
}

// conjuncts returns the nominal conjuncts of h, and theirs, in order.
func conjuncts(t *tree.Tree, h int, skip []bool) []int {
	var out []int
	for _, k := range t.Kids[h] {
		if t.Rel(k) == "conj" && t.IsNominal(k) && (skip == nil || !skip[k]) {
			out = append(out, k)
			out = append(out, conjuncts(t, k, skip)...)
		}
	}
	return out
}

// mention builds the mention headed by h: its own phrase, simple attached
// phrases, and its conjuncts.
func (f *Finder) mention(t *tree.Tree, h int, date dyad.Date, skip []bool) *Mention {
	m := &Mention{Head: h}
	heads := append([]int{h}, conjuncts(t, h, skip)...)
	m.Compound = len(heads) > 1
	lo, hi := t.Len(), -1
	for ci, c := range heads {
		members, clo, chi := f.phrase(t, c, date, skip)
		lo, hi = min(lo, clo), max(hi, chi)
		if ci > 0 {
			// A conjunct with no actor of its own takes the actor and
			// agents written before the first conjunct's noun: "Danish
			// media and government" is Danish government too.
			for i := range members {
				if members[i].Actor == nil && len(m.Members) > 0 {
					members[i] = f.share(t, m.Members[0], members[i], h, date)
				}
			}
		}
		m.Members = append(m.Members, members...)
		if len(members) > 1 {
			m.Compound = true
		}
	}
	m.Start, m.End = lo, hi+1
	return m
}

// phrase codes the noun phrase headed by c with its simple attached
// phrases. It returns one member per actor (several when an attached
// phrase is a coordination, or a code lists alternatives).
func (f *Finder) phrase(t *tree.Tree, c int, date dyad.Date, skip []bool) ([]Member, int, int) {
	lo, hi := base(t, c, skip)
	att := f.attached(t, c, date, skip)
	for _, a := range att {
		for _, x := range append([]int{a}, conjuncts(t, a, skip)...) {
			xlo, xhi := base(t, x, skip)
			lo, hi = min(lo, xlo, t.Lo[x]), max(hi, xhi)
		}
		hi = max(hi, t.Hi[a])
	}
	// An attached coordination ("ambassadors of France, Italy and
	// Spain") gives one member per conjunct, each with the head's agents.
	for _, a := range att {
		cs := conjuncts(t, a, skip)
		if len(cs) == 0 {
			continue
		}
		blo, bhi := base(t, c, skip)
		var members []Member
		for _, x := range append([]int{a}, cs...) {
			xlo, xhi := base(t, x, skip)
			members = append(members, f.code(t, date, [][2]int{{blo, bhi}, {xlo, xhi}}, xlo, xhi+1)...)
		}
		return members, lo, hi
	}
	return f.code(t, date, [][2]int{{lo, hi}}, lo, hi+1), lo, hi
}

// share gives member x the actor and pre-noun agents of first.
func (f *Finder) share(t *tree.Tree, first, x Member, h int, date dyad.Date) Member {
	if first.Actor == nil || first.ActorEnd > h {
		return x // the first conjunct's actor is its noun, not a modifier
	}
	if len(x.Agents) == 0 {
		// "Syrian refugees and reports": a conjunct that names no role
		// is no one's.
		return x
	}
	// Agents written before the head of the first conjunct are shared;
	// the first conjunct's own head noun is not.
	x.Actor = first.Actor
	x.Agents = append(f.agentsBefore(t, first.Start, h), x.Agents...)
	x.Code = compose(first.Actor.CodeOn(date), x.Agents, false)
	return x
}

// agentsBefore returns the agents matched in tokens [lo, h).
func (f *Finder) agentsBefore(t *tree.Tree, lo, h int) []*dict.Agent {
	var out []*dict.Agent
	if f.Agents == nil {
		return nil
	}
	for i := lo; i < h; {
		if a, end, ok := f.Agents.Match(t.Words, i, h); ok {
			out = append(out, a)
			i = end
			continue
		}
		i++
	}
	return out
}

// code finds the actor and agents in the given token ranges and composes
// the member codes. start and end are the member's tokens.
func (f *Finder) code(t *tree.Tree, date dyad.Date, ranges [][2]int, start, end int) []Member {
	// actors are the coded actors found, in order; the first names the
	// phrase, unless the first ones are coordinated modifiers ("French
	// and Egyptian warships"), which all do.
	type found struct {
		a        *dict.Actor
		from, to int
	}
	var actors []found
	var agents []*dict.Agent
	former := false
	for _, r := range ranges {
		covered := make([]bool, r[1]-r[0]+1)
		if f.Actors != nil {
			for i := r[0]; i <= r[1]; {
				if a, e, ok := f.Actors.Match(t.Words, i, r[1]+1); ok && !pronoun(t, i, e) {
					if c := a.CodeOn(date); c != "" && c != dict.NullCode {
						actors = append(actors, found{a, i, e})
					}
					for j := i; j < e; j++ {
						covered[j-r[0]] = true
					}
					i = e
					continue
				}
				i++
			}
		}
		if f.Agents != nil {
			for i := r[0]; i <= r[1]; {
				if covered[i-r[0]] {
					i++
					continue
				}
				if a, e, ok := f.Agents.Match(t.Words, i, r[1]+1); ok && !anyCovered(covered, i-r[0], e-r[0]) {
					agents = append(agents, a)
					i = e
					continue
				}
				i++
			}
		}
		for i := r[0]; i <= r[1]; i++ {
			if w := t.Words[i]; w == "FORMER" || w == "EX" || w == "EX-" {
				former = true
			}
		}
	}
	if len(actors) == 0 && len(agents) == 0 {
		return []Member{{Start: start, End: end}}
	}
	if len(actors) == 0 {
		return []Member{{Code: compose("", agents, former), Agents: agents, Start: start, End: end}}
	}
	// The coordinated run of actors at the front of the phrase.
	n := 1
	for n < len(actors) && coordinated(t, actors[n-1].to, actors[n].from) {
		n++
	}
	var out []Member
	for _, x := range actors[:n] {
		for _, b := range strings.Split(x.a.CodeOn(date), "/") {
			out = append(out, Member{Code: compose(b, agents, former), Actor: x.a, ActorEnd: x.to, Agents: agents, Start: start, End: end})
		}
	}
	return out
}

// pronoun reports whether a one-word match is a pronoun: the tagger tells
// "us" from "US", so a dictionary may list acronyms that are also words.
func pronoun(t *tree.Tree, i, e int) bool {
	return e == i+1 && t.Tok(i).UPOS == "PRON"
}

// coordinated reports whether the tokens [from, to) only join two names:
// "and", "or", commas.
func coordinated(t *tree.Tree, from, to int) bool {
	if from >= to {
		return false
	}
	joined := false
	for i := from; i < to; i++ {
		switch t.Words[i] {
		case "AND", "OR", "&":
			joined = true
		case ",":
		default:
			return false
		}
	}
	return joined
}

// hasSegments reports whether code already holds role (one or more
// three-letter segments) at a segment boundary, after its first segment:
// "IRQUAFSHI" holds "UAF", "HGWGOVMED" holds "GOVMED", "GMWGOV" does not
// hold "WGO".
func hasSegments(code, role string) bool {
	if role == "" || len(role)%3 != 0 {
		return strings.HasSuffix(code, role)
	}
	for i := 3; i+len(role) <= len(code); i += 3 {
		if code[i:i+len(role)] == role {
			return true
		}
	}
	return false
}

func anyCovered(c []bool, from, to int) bool {
	for i := from; i < to && i < len(c); i++ {
		if c[i] {
			return true
		}
	}
	return false
}

// compose joins an actor code and agent codes: prefix agents go before the
// actor ("NGO" + "ARN"), suffix agents after it unless the code already
// ends with them ("USAGOV" + "GOV" stays USAGOV). With no actor the code
// starts with "---". A former office holder ("former minister") keeps the
// actor's code and becomes ELI.
func compose(actor string, agents []*dict.Agent, former bool) string {
	if actor == dict.NullCode {
		actor = ""
	}
	if former {
		if actor == "" {
			actor = "---"
		}
		return actor + "ELI"
	}
	var pre, post strings.Builder
	for _, a := range agents {
		if a.Prefix {
			if !strings.Contains(pre.String(), a.Code) {
				pre.WriteString(a.Code)
			}
		}
	}
	code := actor
	for _, a := range agents {
		if a.Prefix {
			continue
		}
		if hasSegments(code+post.String(), a.Code) || strings.HasPrefix(post.String(), a.Code) {
			continue // "army reservists" is MIL once
		}
		post.WriteString(a.Code)
	}
	if actor == "" && pre.Len() == 0 {
		code = "---"
	}
	return pre.String() + code + post.String()
}
