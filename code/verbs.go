package code

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/tree"
)

// found is a dictionary verb found in the sentence.
type found struct {
	verb             *dict.Verb
	tok              int // the verb word
	first, last      int // first and last token of the (multiword) verb
	upLo, upHi       int // upper sequence: tokens [upLo, upHi)
	lowLo, lowHi     int // lower sequence: tokens [lowLo, lowHi)
	pattern          *dict.Pattern
	source, target   int // mention indexes set by the pattern, or -1
	keyword          int // the token of the pattern's first word after the verb, or -1
	compound         int // mention matched by %, or -1
	compoundIsSource bool
	linear           bool // the parse misplaced the verb: sequences are read off the word order
}

// code finds the dictionary verbs in text order and codes each. A verb
// found in the dictionary claims its verb phrase: verbs inside it are not
// coded on their own, as in PETRARCH — except, with ReportedSpeech, a
// statement, whose event gives way to the events it reports.
func (sc *sentenceCoder) code() []dyad.Event {
	t := sc.t
	opts := &sc.c.opts
	var events []dyad.Event
	var from []int // the verb token of each event
	var statements []*found
	for v := 0; v < t.Len(); v++ {
		if sc.skip[v] || sc.done[v] || !t.IsVerb(v) {
			continue
		}
		f := sc.lookup(v)
		if f == nil {
			continue
		}
		evs := sc.events(f)
		if opts.Negation && sc.negated(v) && !sc.patternSays(f.pattern, isNegation) {
			evs = nil
		}
		if opts.ReportedSpeech && isStatement(f) {
			statements = append(statements, f)
		} else if len(evs) > 0 || !opts.Clauses || isDenial(f) {
			for i := f.lowLo; i < f.lowHi; i++ {
				sc.done[i] = true
			}
		}
		for range evs {
			from = append(from, v)
		}
		events = append(events, evs...)
	}
	if len(statements) > 0 {
		events = dropReported(events, from, statements)
	}
	if opts.Nominal {
		events = append(events, sc.nominal()...)
	}
	return dedupe(events)
}

// isStatement reports whether a found verb codes a plain statement (CAMEO
// 010, "make statement"): a verb of saying, which reports what it says.
// Other statements — denials, comments, acknowledgements, considering —
// are acts of their own and keep their clause.
func isStatement(f *found) bool {
	c := f.code()
	return c == "010" || c == "01"
}

// isDenial reports whether a found verb codes a denial (CAMEO 016): what
// it denies did not happen by its speaker's word, so its clause is not
// coded even when the denial itself is not ("denied using chemical
// weapons" has no target, and no chemical attack).
func isDenial(f *found) bool {
	return f.code() == "016"
}

// code returns the CAMEO code a found verb gives: its pattern's, else its
// block's.
func (f *found) code() string {
	if f.pattern != nil {
		return f.pattern.Code.Code
	}
	return f.verb.EventCode().Code
}

// dropReported removes the events of statements that report other coded
// events.
func dropReported(events []dyad.Event, from []int, statements []*found) []dyad.Event {
	var out []dyad.Event
	for i, e := range events {
		drop := false
		for _, st := range statements {
			if from[i] != st.tok {
				continue
			}
			for j := range events {
				if from[j] >= st.lowLo && from[j] < st.lowHi && from[j] != st.tok {
					drop = true
				}
			}
		}
		if !drop {
			out = append(out, e)
		}
	}
	return out
}

// negated reports whether verb v is negated: "not", "n't", "never" or "no
// longer" modifying it.
func (sc *sentenceCoder) negated(v int) bool {
	t := sc.t
	for _, k := range t.Kids[v] {
		switch t.BaseRel(k) {
		case "advmod", "neg", "aux":
			switch t.Words[k] {
			case "NOT", "N'T", "NEVER":
				return true
			case "LONGER":
				if k > 0 && t.Words[k-1] == "NO" {
					return true
				}
			}
		}
	}
	return false
}

// A pattern that asks for a negation itself ("- NOT * [---]") already
// says what the negated verb means; see patternSays.

// future reports whether verb v is in the future or conditional: "will",
// "would", "shall", "'ll" among its auxiliaries.
func (sc *sentenceCoder) future(v int) bool {
	t := sc.t
	for _, k := range t.Kids[v] {
		if t.BaseRel(k) == "aux" && isModal(t.Words[k]) {
			return true
		}
	}
	return false
}

func isModal(w string) bool {
	switch w {
	case "WILL", "WOULD", "SHALL", "'LL", "WO":
		return true
	}
	return false
}

// patternSays reports whether a pattern has a word (or a synset with a
// word) for which is holds.
func (sc *sentenceCoder) patternSays(p *dict.Pattern, is func(string) bool) bool {
	if p == nil {
		return false
	}
	for _, els := range [][]dict.Elem{p.Upper, p.Lower} {
		for _, e := range els {
			switch e.Kind {
			case dict.ElemWord:
				if is(e.Word) {
					return true
				}
			case dict.ElemSynset:
				if sc.synsetSays(e.Synset, is, 0) {
					return true
				}
			}
		}
	}
	return false
}

func (sc *sentenceCoder) synsetSays(s *dict.Synset, is func(string) bool, depth int) bool {
	if s == nil || depth > maxSynsetDepth {
		return false
	}
	for _, m := range s.Members {
		for _, w := range m.Words {
			if is(w) {
				return true
			}
		}
	}
	for _, ref := range s.Refs() {
		if sc.synsetSays(sc.c.dicts.Verbs.Synsets[ref], is, depth+1) {
			return true
		}
	}
	return false
}

func isNegation(w string) bool {
	switch w {
	case "NOT", "N'T", "NEVER", "NO", "DIDN'T", "WON'T", "CAN'T", "DON'T":
		return true
	}
	return false
}

// lookup finds the dictionary verb at token v, multiword verbs first.
func (sc *sentenceCoder) lookup(v int) *found {
	t := sc.t
	for _, verb := range sc.c.dicts.Verbs.Lookup(t.Words[v]) {
		first, last := v-len(verb.Before), v+len(verb.After)
		if first < 0 || last >= t.Len() {
			continue
		}
		ok := true
		for i, w := range verb.Before {
			if t.Words[first+i] != w {
				ok = false
			}
		}
		for i, w := range verb.After {
			if t.Words[v+1+i] != w {
				ok = false
			}
		}
		if !ok {
			continue
		}
		f := &found{verb: verb, tok: v, first: first, last: last, source: -1, target: -1, compound: -1, keyword: -1}
		f.upLo, f.upHi = sc.upperStart(first), first
		f.lowLo, f.lowHi = last+1, sc.phraseEnd(v)+1
		if sc.c.opts.Repair && sc.misplaced(v) {
			f.linear = true
			f.upLo, f.lowHi = sc.linearClause(first, last)
		}
		sc.match(f)
		return f
	}
	return nil
}

// misplaced reports whether the parser put a verb where a noun's modifier
// goes although it reads as the sentence's predicate: a finite verb
// ("Zambia extradited ...") or a participle before its object ("tanks
// shelled positions") hung on a noun, with no subject of its own.
func (sc *sentenceCoder) misplaced(v int) bool {
	t := sc.t
	switch t.Rel(v) {
	case "amod", "compound", "nmod", "obl", "dep", "flat", "nummod", "appos", "obj", "nsubj", "cc", "list":
	default:
		return false
	}
	// A modifier of a noun has no subject: one that has is a predicate
	// the parser hung on its object ("The US rejected calls").
	if t.Child(v, "nsubj", "nsubj:pass") >= 0 && t.Rel(v) != "amod" && t.Rel(v) != "compound" {
		return false
	}
	switch t.Tok(v).XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		// A participle right before the noun it modifies, after a noun
		// phrase: "helicopters and tanks shelled positions".
		h := t.Head(v)
		return h > v && v > 0 && nominal(t.Tok(v-1).UPOS) && t.Rel(v) == "amod" // not "five suspected members"
	}
	return false
}

// linearClause returns the first token of the words before a verb and
// the end of the words after it when the parse cannot be trusted: back to
// the previous verb or clause break, on to the next finite verb or break,
// as TABARI reads a sentence.
func (sc *sentenceCoder) linearClause(first, last int) (lo, hi int) {
	t := sc.t
	lo = first
	for lo > 0 && !clauseBreak(t, lo-1) && !(t.IsVerb(lo-1) && !sc.misplaced(lo-1)) {
		lo--
	}
	hi = last + 1
	for hi < t.Len() && !clauseBreak(t, hi) && !finite(t, hi) {
		hi++
	}
	return lo, hi
}

func clauseBreak(t *tree.Tree, i int) bool {
	switch t.Words[i] {
	case ";", ":", "--", "—":
		return true
	}
	return false
}

func finite(t *tree.Tree, i int) bool {
	switch t.Tok(i).XPOS {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// phraseEnd returns the last token of v's verb phrase: its subtree to the
// right, without coordinated verbs and clauses.
func (sc *sentenceCoder) phraseEnd(v int) int {
	t := sc.t
	end := v
	for _, k := range t.Kids[v] {
		if k < v {
			continue
		}
		switch t.BaseRel(k) {
		case "conj", "cc", "parataxis", "punct":
			continue
		}
		end = max(end, t.Hi[k])
	}
	return end
}

// upperStart returns the first token of v's upper sequence: the sequence
// runs back from the verb to the start of the sentence, but stops after a
// complete clause that ended before the verb (PETRARCH stops at the end
// of an S or SBAR).
func (sc *sentenceCoder) upperStart(v int) int {
	for k := v - 1; k >= 0; k-- {
		if sc.clauseEnds(k, v) {
			return k + 1
		}
	}
	return 0
}

// clauseEnds reports whether a complete clause not containing v ends at
// token k.
func (sc *sentenceCoder) clauseEnds(k, v int) bool {
	t := sc.t
	for c := k; c >= 0; c = t.Head(c) {
		hiEnd, ownEndK := t.Hi[c] == k, ownEnd(t, c) == k
		if !hiEnd && !ownEndK {
			return false // c and its ancestors run on past k
		}
		if hiEnd && isClause(t, c) && !t.Contains(c, v) {
			return true
		}
		if ownEndK && hasClauseConj(t, c) {
			return true // "A did X, and B did Y": X's clause ends before Y
		}
	}
	return false
}

// ownEnd is the last token of c's subtree without its conjuncts.
func ownEnd(t *tree.Tree, c int) int {
	end := c
	for _, k := range t.Kids[c] {
		switch t.BaseRel(k) {
		case "conj", "cc":
			continue
		}
		end = max(end, t.Hi[k])
	}
	return end
}

// isClause reports whether token c heads a clause whose end stops an
// upper sequence.
func isClause(t *tree.Tree, c int) bool {
	switch t.Rel(c) {
	case "ccomp", "xcomp", "advcl", "advcl:relcl", "acl:relcl", "csubj", "csubj:pass", "parataxis":
		return true
	case "acl":
		return t.Child(c, "mark", "nsubj", "nsubj:pass") >= 0
	case "conj":
		return hasSubject(t, c)
	}
	return false
}

// hasClauseConj reports whether c is coordinated with a clause that has a
// subject of its own.
func hasClauseConj(t *tree.Tree, c int) bool {
	for _, k := range t.Kids[c] {
		if t.Rel(k) == "conj" && hasSubject(t, k) {
			return true
		}
	}
	return false
}

// auxBefore reports whether v has an auxiliary before token m: in "the
// envoy who is to lead the talks" the infinitive is no purpose clause.
func auxBefore(t *tree.Tree, v, m int) bool {
	for _, k := range t.Kids[v] {
		if k < m && t.BaseRel(k) == "aux" {
			return true
		}
	}
	return false
}

// coordinated reports whether a conjunction, comma or semicolon stands
// between conjunct c and its head: a verb joined to another with none
// ("talks began after troops were seen") is no conjunct of it and does not
// share its subject.
func coordinated(t *tree.Tree, c int) bool {
	h := t.Head(c)
	if h < 0 {
		return false
	}
	for i := min(h, c) + 1; i < max(h, c); i++ {
		if tok := t.Tok(i); tok.UPOS == "CCONJ" || tok.Text == "," || tok.Text == ";" {
			return true
		}
	}
	return false
}

func hasSubject(t *tree.Tree, c int) bool {
	return t.Child(c, "nsubj", "nsubj:pass", "expl", "csubj") >= 0
}

// source and target selection --------------------------------------------

// defaultSource finds the source of a verb without one from its pattern:
// the first coded mention within its subject. A verb without a subject of
// its own takes that of the verb it is coordinated with or complements
// ("Iraq is about to restore ...", "condemned ... and promised ..."), and
// a participle modifying a noun takes the noun ("a woman believed linked
// to ..."). Only a verb with no subject at all falls back to PETRARCH's
// rule, the first coded mention before the verb in its clause.
func (sc *sentenceCoder) defaultSource(f *found) int {
	t := sc.t
	v := f.tok
	if f.linear {
		return sc.firstCoded(f.upLo, f.upHi)
	}
	for depth := 0; v >= 0 && depth < 8; depth++ {
		if s := t.Child(v, "nsubj", "nsubj:pass", "csubj", "csubj:pass"); s >= 0 {
			if mi := sc.firstCoded(t.Lo[s], t.Hi[s]+1); mi >= 0 || t.Tok(s).UPOS != "PRON" {
				return mi
			}
			return sc.antecedent(v)
		}
		switch t.Rel(v) {
		case "conj":
			if !coordinated(t, v) {
				break // no conjunction: the parser's conj, not the text's
			}
			v = t.Head(v)
			continue
		case "xcomp":
			v = t.Head(v)
			continue
		case "advcl":
			// A purpose clause's subject is its main clause's: "they
			// went on strike to protest".
			if m := t.Child(v, "mark"); m >= 0 && t.Words[m] == "TO" && !auxBefore(t, v, m) {
				v = t.Head(v)
				continue
			}
		case "acl":
			if h := t.Head(v); h >= 0 && t.IsNominal(h) {
				if mi := sc.at[h]; mi >= 0 && sc.mentions[mi].Coded() {
					return mi
				}
				return -1
			}
		}
		break
	}
	if v >= 0 && t.Rel(v) != "root" && t.Rel(v) != "" {
		return -1 // a subordinate clause without a subject: no source
	}
	for i := f.upLo; i < f.upHi; i++ {
		if mi := sc.at[i]; mi >= 0 && sc.mentions[mi].Start >= f.upLo && sc.mentions[mi].Coded() && !sc.skip[i] {
			return mi
		}
	}
	return -1
}

// antecedent resolves a pronoun subject of v within the sentence: a
// relative pronoun ("the men who attacked") stands for the noun its clause
// modifies, a personal pronoun in a reported clause ("Iraq said it would
// ...") for the subject of the clause that reports it.
func (sc *sentenceCoder) antecedent(v int) int {
	t := sc.t
	if r := t.Rel(v); r == "acl:relcl" || r == "advcl:relcl" {
		if h := t.Head(v); h >= 0 {
			if mi := sc.at[h]; mi >= 0 && sc.mentions[mi].Coded() {
				return mi
			}
		}
		return -1
	}
	for u, depth := v, 0; depth < 8; depth++ {
		switch t.Rel(u) {
		case "ccomp", "xcomp", "advcl", "conj", "parataxis":
		default:
			return -1
		}
		u = t.Head(u)
		if u < 0 {
			return -1
		}
		if s := t.Child(u, "nsubj", "nsubj:pass"); s >= 0 {
			return sc.firstCoded(t.Lo[s], t.Hi[s]+1)
		}
	}
	return -1
}

// firstCoded returns the first coded mention that starts in tokens
// [lo, hi), or -1.
func (sc *sentenceCoder) firstCoded(lo, hi int) int {
	for i := lo; i < hi; i++ {
		if mi := sc.at[i]; mi >= 0 && !sc.skip[i] && sc.mentions[mi].Coded() {
			return mi
		}
	}
	return -1
}

// defaultTarget is the first coded mention of the lower sequence with a
// code other than the source's, else the nearest such mention before the
// verb.
func (sc *sentenceCoder) defaultTarget(f *found, source int) int {
	differs := func(mi int) bool {
		if mi == source {
			return false
		}
		if source < 0 {
			return true
		}
		return !sameCodes(sc.mentions[mi], sc.mentions[source])
	}
	relative := false // between ", which" and the next comma
	for i := f.lowLo; i < f.lowHi; i++ {
		if w := sc.t.Words[i]; w == "," || w == ";" {
			relative = i+1 < sc.t.Len() && relativePronoun(sc.t.Tok(i+1).XPOS)
		}
		if mi := sc.at[i]; mi >= 0 && !sc.skip[i] && sc.mentions[mi].Coded() && differs(mi) {
			if sc.c.opts.Clauses && (relative || sc.inRelative(i, f.tok) || sc.locative(sc.mentions[mi]) || sc.weapon(sc.mentions[mi]) || sc.dispatched(f, mi)) {
				continue
			}
			return mi
		}
	}
	return -1
}

// relativePronoun reports whether a Penn tag is a wh-word's: "which",
// "who", "whose". After a comma it opens a relative clause, whatever the
// parser made of the words that follow ("the bombardment, which it said
// had killed two civilians").
func relativePronoun(xpos string) bool {
	return xpos == "WDT" || xpos == "WP" || xpos == "WP$"
}

// addressee finds the target of a statement: whom it was made to ("told
// Khamenei", "said to the envoy"), not an actor it mentions ("said that
// Iran ...", "noted a decision by the militia").
func (sc *sentenceCoder) addressee(f *found, source int) int {
	t := sc.t
	for _, k := range t.Kids[f.tok] {
		if k < f.lowLo || k >= f.lowHi {
			continue
		}
		switch t.Rel(k) {
		case "obj", "iobj":
		case "obl":
			if c := sc.caseOf(k); c != "TO" && c != "WITH" {
				continue
			}
		default:
			continue
		}
		if mi := sc.at[k]; mi >= 0 && mi != source && sc.mentions[mi].Coded() {
			return mi
		}
	}
	return -1
}

// dispatched reports whether a mention is the forces a pattern is about
// ("sent troops", "deployed military advisers") with no actor of their
// own: they are the source's, sent to someone else, not the target.
func (sc *sentenceCoder) dispatched(f *found, mi int) bool {
	m := sc.mentions[mi]
	if f.keyword < m.Start || f.keyword >= m.End {
		return false
	}
	for _, x := range m.Members {
		if x.Actor != nil || !strings.HasSuffix(x.Code, "MIL") {
			return false
		}
	}
	return true
}

// weapons are nouns the agent dictionaries read as the military that uses
// them ("Israeli warplanes struck"): as an object without an actor of
// their own they are what was used ("fired artillery rounds at X"), not
// whom it was used on.
var weapons = map[string]bool{
	"ARTILLERY": true, "ROUND": true, "ROUNDS": true, "SHELL": true, "SHELLS": true, "MORTAR": true, "MORTARS": true,
	"MISSILE": true, "MISSILES": true, "ROCKET": true, "ROCKETS": true, "WARPLANE": true, "WARPLANES": true,
	"JET": true, "JETS": true, "BOMBER": true, "BOMBERS": true, "AIRCRAFT": true, "DRONE": true, "DRONES": true,
	"TANK": true, "TANKS": true, "HELICOPTER": true, "HELICOPTERS": true, "GUNSHIP": true, "GUNSHIPS": true,
	"WARSHIP": true, "WARSHIPS": true, "WEAPON": true, "WEAPONS": true, "BOMB": true, "BOMBS": true,
}

// weapon reports whether a mention is headed by a weapon noun and names
// no actor of its own: "artillery rounds", but not "Russian drones", which
// can be shot down.
func (sc *sentenceCoder) weapon(m *actor.Mention) bool {
	if !weapons[sc.t.Words[m.Head]] {
		return false
	}
	for _, x := range m.Members {
		if x.Actor != nil {
			return false
		}
	}
	return true
}

// inAdjunctClause reports whether token i lies in an adverbial, relative
// or parenthetical clause below verb v.
func (sc *sentenceCoder) inAdjunctClause(i, v int, control bool) bool {
	t := sc.t
	for j := i; j >= 0 && j != v; j = t.Head(j) {
		switch t.Rel(j) {
		case "advcl":
			if !control || !objectControl(t, j) {
				return true
			}
		case "advcl:relcl", "acl:relcl", "parataxis":
			return true
		case "acl":
			// A participle clause that asks or says something of its
			// own ("a petition asking the government to ..."), not one
			// that only points ("rounds aimed at X").
			if t.IsVerb(j) && t.Child(j, "iobj", "xcomp", "ccomp") >= 0 {
				return true
			}
		}
	}
	return false
}

// locative reports whether a mention is where something happened ("in
// Baghdad", "near the border") rather than whom it happened to.
func (sc *sentenceCoder) locative(m *actor.Mention) bool {
	switch sc.caseOf(m.Head) {
	case "IN", "INSIDE", "NEAR", "ACROSS", "THROUGHOUT", "OUTSIDE", "AROUND":
		return true
	}
	return false
}

// inRelative reports whether token i lies in a relative clause below verb
// v: such a clause describes a noun of the verb phrase, and its actors
// are not the verb's target.
func (sc *sentenceCoder) inRelative(i, v int) bool {
	t := sc.t
	for j := i; j >= 0 && j != v; j = t.Head(j) {
		if r := t.Rel(j); r == "acl:relcl" || r == "advcl:relcl" {
			return true
		}
	}
	return false
}

func sameCodes(a, b *actor.Mention) bool {
	ac, bc := a.Codes(), b.Codes()
	if len(ac) != len(bc) {
		return false
	}
	for i := range ac {
		if ac[i] != bc[i] {
			return false
		}
	}
	return true
}

// passive reports whether v is a passive verb with a "by" agent, and
// returns the token heading the agent: an obl:agent, else the first noun
// after the verb, within its phrase, that takes the preposition "by".
// stative lists participles that make a state, not a passive: the
// subject of "forces were engaged in ethnic cleansing" did it.
var stative = map[string]bool{"ENGAGED": true, "INVOLVED": true, "EMBROILED": true, "LOCKED": true, "MIRED": true, "BOGGED": true}

// objectControl reports whether the infinitive clause j right after its
// verb's object says what the object is to do ("wants the two sides to
// have a dialogue"), which parsers often take for a purpose clause.
func objectControl(t *tree.Tree, j int) bool {
	m := t.Child(j, "mark")
	if m < 0 || t.Words[m] != "TO" || t.Lo[j] != m {
		return false
	}
	o := t.Child(t.Head(j), "obj")
	return o >= 0 && t.Hi[o]+1 == m
}

// reducedPassive reports whether v is a participle modifying a noun
// ("Germany, backed by an alliance"), a passive whose subject is the noun.
func reducedPassive(t *tree.Tree, v int) bool {
	return t.Rel(v) == "acl" && t.Tok(v).XPOS == "VBN"
}

func (sc *sentenceCoder) passive(f *found) (agent int, ok bool) {
	t := sc.t
	v := f.tok
	if t.Child(v, "aux:pass", "nsubj:pass") < 0 && !reducedPassive(t, v) || stative[t.Words[v]] {
		return -1, false
	}
	if a := t.Child(v, "obl:agent"); a >= 0 {
		return a, true
	}
	for i := f.lowLo; i < f.lowHi; i++ {
		if t.Words[i] != "BY" || t.BaseRel(i) != "case" {
			continue
		}
		if h := t.Head(i); h > i && h < f.lowHi && t.IsNominal(h) {
			return h, true
		}
		break
	}
	return -1, false
}
