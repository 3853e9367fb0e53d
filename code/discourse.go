package code

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

// Discourse carries what the earlier sentences of one article said about
// their actors, so that later references can be coded: a pronoun ("he",
// "they", "it"), "the two sides", a surname alone ("Dabbagh" after "Ali
// al-Dabbagh"), or a role without a country ("the spokesman" after "the
// Iraqi government spokesman"). Use one Discourse per article, with
// sentences in order; it is not safe for concurrent use.
type Discourse struct {
	entities []entity
	// Home is the country of the story (from its dateline, say): a role
	// named without a country ("police said") is taken to be its, when the
	// sentence itself does not point to one country.
	Home string
	// sentence counts the sentences coded, so that a pronoun looks back
	// only as far as pronouns reach.
	sentence int
}

// entity is an actor mentioned earlier in the article.
type entity struct {
	members []actor.Member
	names   []string // folded proper-noun words of the mention ("ALI", "DABBAGH")
	person  bool
	at      int // the sentence that mentioned it last
}

// pronounReach is how many sentences back a pronoun may find its
// antecedent: "he" two paragraphs after a name is most often someone else.
const pronounReach = 1

// recent is last among the entities a pronoun can reach.
func (d *Discourse) recent(ok func(*entity) bool) *entity {
	return d.last(func(e *entity) bool { return d.sentence-e.at <= pronounReach && ok(e) })
}

// maxEntities bounds the memory of long articles; references reach back
// to the most recent actors.
const maxEntities = 64

// CodeIn codes a sentence as Code does, resolving references through d
// and adding the sentence's actors to it. A nil d is Code.
func (c *Coder) CodeIn(d *Discourse, s *dyad.Sentence, date dyad.Date) ([]dyad.Event, error) {
	if d != nil {
		defer func() { d.sentence++ }()
	}
	return c.code(s, date, d)
}

// resolve codes the uncoded mentions that refer to earlier actors, in
// text order, remembering each coded mention as it goes so that a
// reference can also point back within the sentence.
func (sc *sentenceCoder) resolve(d *Discourse) {
	for _, m := range sc.mentions {
		if ent := d.referent(sc, m); ent != nil {
			m.Members = ent.adapt(m)
		} else if sc.anyone(m) {
			m.Members = nil
		}
		if m.Coded() {
			d.remember(sc, m)
		}
	}
	sc.placeRoles(d.Home)
}

// placeRoles gives a country to roles named without one ("---GOV",
// "---REB") and to ethnic groups ("ethnic Albanians"), who are coded by
// where they live: the place the sentence puts them in ("people in Hong
// Kong", "Albanians demonstrated in Serbia"), else the one country the
// sentence speaks of, if it names exactly one ("the main rebel group ...
// Burundi's government") and the role does not act on it ("troops
// entered Iraq"), else the story's home country. Groups that are not
// the state's (NGO, HRI) are not given a country by guess.
func (sc *sentenceCoder) placeRoles(home string) {
	country := ""
	var named []string // the countries named, in text order
	for _, m := range sc.mentions {
		for _, x := range m.Members {
			c := countryOf(x.Code)
			if c == "" || sc.ethnic(x) {
				continue
			}
			named = append(named, c)
			if country != "" && c != country {
				country = "-" // more than one
			}
			if country == "" {
				country = c
			}
		}
	}
	if country == "" {
		country = home // a sentence that names no country is about the story's
	}
	for _, m := range sc.mentions {
		place := sc.residence(m)
		for i := range m.Members {
			x := &m.Members[i]
			c, role := "", ""
			switch {
			case strings.HasPrefix(x.Code, dict.NullCode) && len(x.Code) > len(dict.NullCode):
				role = x.Code[len(dict.NullCode):]
			case sc.ethnic(*x):
				if role = x.Code[3:]; role == "" {
					role = "CVL"
				}
				// An ethnic group is news where it is a minority: the
				// first other country named ("ethnic Turks protested
				// Sweden's decision"), else its people's country.
				c = x.Code[:3]
				for _, n := range named {
					if n != c {
						c = n
						break
					}
				}
			default:
				continue
			}
			switch {
			case place != "":
				c = place
			case role == "NGO" || role == "HRI":
				// A non-governmental group named without a country is
				// not the country's: "a human rights group protested".
				c, role = "NGO", strings.TrimPrefix(role, "NGO")
			case country != "" && country != "-" && (country == home || !sc.actsOn(m, country)):
				c = country
			case country != "" && country != "-" && home != "":
				c = home // the sentence's one country is what the role acts on
			}
			if c != "" {
				x.Code = c + role
			}
		}
	}
}

// ethnic reports whether a member is an ethnic group named by its
// people's demonym: "ethnic Albanians", "ethnic Turkish villagers".
func (sc *sentenceCoder) ethnic(x actor.Member) bool {
	if x.Actor == nil || len(x.Code) < 3 || countryOf(x.Code) == "" {
		return false
	}
	for i := x.Start; i < x.ActorEnd && i < sc.t.Len(); i++ {
		if sc.t.Words[i] == "ETHNIC" {
			return true
		}
	}
	return false
}

// residence returns the country of the place a mention is said to be in:
// a locative phrase in the same clause, nearest to the mention ("people
// in Hong Kong", "Albanians demonstrated on Tuesday in Serbia").
func (sc *sentenceCoder) residence(m *actor.Mention) string {
	v := sc.clauseOf(m.Head)
	if v < 0 {
		return ""
	}
	best, dist := "", 0
	for _, p := range sc.mentions {
		if p == m || !sc.locative(p) || sc.clauseOf(p.Head) != v {
			continue
		}
		d := p.Head - m.Head
		if d < 0 {
			d = -d
		}
		for _, x := range p.Members {
			if c := countryOf(x.Code); c != "" && !sc.ethnic(x) && (best == "" || d < dist) {
				best, dist = c, d
			}
		}
	}
	return best
}

// clauseOf returns the verb whose clause token i is in, or -1.
func (sc *sentenceCoder) clauseOf(i int) int {
	t := sc.t
	for depth := 0; i >= 0 && depth < 12; depth++ {
		if t.IsVerb(i) {
			return i
		}
		i = t.Head(i)
	}
	return -1
}

// actsOn reports whether mention m and the country are the two sides of
// one verb, subject and object: "troops entered Iraq" are not Iraq's
// troops, "Iraq shelled rebel positions" are not Iraq's rebels; but
// "rebels attacked in Burundi" are Burundi's.
func (sc *sentenceCoder) actsOn(m *actor.Mention, country string) bool {
	t := sc.t
	isCountry := func(k int) bool {
		mi := sc.at[k]
		if mi < 0 || sc.locative(sc.mentions[mi]) {
			return false
		}
		for _, x := range sc.mentions[mi].Members {
			if x.Code == country {
				return true
			}
		}
		return false
	}
	v := t.Head(m.Head)
	if v < 0 {
		return false
	}
	mine := t.BaseRel(m.Head)
	for _, k := range t.Kids[v] {
		switch r := t.BaseRel(k); {
		case mine == "nsubj" && (r == "obj" || r == "iobj" || r == "obl"),
			(mine == "obj" || mine == "iobj" || mine == "obl") && r == "nsubj":
			if isCountry(k) {
				return true
			}
		}
	}
	return false
}

// countryOf returns the country segment of an actor code, or "" for
// international actors, roles without a country and codes too short.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	switch c := code[:3]; c {
	case "---", "IGO", "NGO", "IMG", "MNC", "UIS", "+++", "###":
		return ""
	default:
		return c
	}
}

// withRole returns an entity standing for e's countries in a role: "its
// troops" of a country is its military.
func (e *entity) withRole(role string) *entity {
	var members []actor.Member
	for _, x := range e.members {
		c := countryOf(x.Code)
		if c == "" {
			c = x.Code
			if len(c) > 3 {
				c = c[:3]
			}
		}
		x.Code = c + role
		members = append(members, x)
	}
	return &entity{members: members}
}

// adapt gives mention m the members of an earlier entity, keeping m's own
// place in the text.
func (e *entity) adapt(m *actor.Mention) []actor.Member {
	out := make([]actor.Member, len(e.members))
	for i, x := range e.members {
		x.Start, x.End = m.Start, m.End
		out[i] = x
	}
	return out
}

// referent finds the earlier entity an uncoded (or role-only) mention
// refers to, or nil.
func (d *Discourse) referent(sc *sentenceCoder, m *actor.Mention) *entity {
	t := sc.t
	codes := m.Codes()
	roleOnly := len(codes) == 1 && strings.HasPrefix(codes[0], dict.NullCode) && len(codes[0]) > 3
	if m.Coded() && !roleOnly {
		return nil
	}
	words := t.Words[m.Start:m.End]
	head := t.Words[m.Head]
	pronoun, possessive := "", false
	switch {
	case m.End-m.Start == 1 && t.Tok(m.Head).UPOS == "PRON":
		pronoun = head
	case t.Tok(m.Start).XPOS == "PRP$" || m.Start < m.Head && t.Rel(m.Start) == "nmod:poss" && t.Tok(m.Start).UPOS == "PRON":
		pronoun, possessive = t.Words[m.Start], true // "its embassy", "their meeting", "its troops"
	}
	switch {
	case pronoun == "YOU" || pronoun == "YOUR" || pronoun == "YOURS":
		return nil // the reader, or anyone: never an actor of the story
	case pronoun != "":
		var e *entity
		within := -1
		if pronoun != "THEY" && pronoun != "THEM" && pronoun != "THEIR" {
			within = sc.clauseSubject(m, pronoun)
		}
		switch {
		case within == unknownSubject:
			// "The coalition said it will investigate": the pronoun is
			// the subject above it, which no dictionary knows.
			return nil
		case within >= 0:
			// "Ethiopia said its troops ...": the subject of a clause
			// above the pronoun comes first.
			e = &entity{members: codedMembers(sc.mentions[within])}
		default:
			switch pronoun {
			case "HE", "HIM", "HIS", "SHE", "HER":
				e = d.recent(func(e *entity) bool { return e.person })
			case "THEY", "THEM", "THEIR":
				e = d.recent(func(e *entity) bool { return len(e.members) > 1 || !e.person })
			case "IT", "ITS":
				e = d.recent(func(e *entity) bool { return !e.person && len(e.members) == 1 })
			}
		}
		if e != nil && possessive && roleOnly {
			// "its troops" after "France": French troops.
			return e.withRole(codes[0][len(dict.NullCode):])
		}
		if roleOnly && possessive {
			return nil
		}
		return e
	case pairReference(words, head):
		return d.last(func(e *entity) bool { return len(e.members) == 2 })
	}
	if roleOnly && indefinite(sc, m) {
		return nil // "a suicide bomber", "three policemen": someone new
	}
	if roleOnly && !definite(sc, m) && (weapons[head] || t.Tok(m.Head).XPOS == "NNS") {
		// A bare plural is indefinite: "sent military advisers" are
		// not the last military named, "warplanes" not its planes.
		return nil
	}
	if roleOnly {
		// "spokesman Ali al-Dabbagh" after "the Iraqi government
		// spokesman": the latest actor with the same role.
		role := codes[0][len(dict.NullCode):]
		if name := properWords(sc, m); len(name) > 0 {
			if e := d.byName(name); e != nil {
				return e
			}
		}
		return d.last(func(e *entity) bool {
			return len(e.members) == 1 && strings.HasSuffix(e.members[0].Code, role) && !strings.HasPrefix(e.members[0].Code, dict.NullCode)
		})
	}
	if name := properWords(sc, m); len(name) > 0 {
		return d.byName(name)
	}
	return nil
}

// anyone reports whether a mention is a role said of everyone who has
// it, with no country: "all parties", "every side", "any government".
// Such a phrase names no actor, and is given no country by guess.
func (sc *sentenceCoder) anyone(m *actor.Mention) bool {
	if len(m.Members) == 0 {
		return false
	}
	for _, x := range m.Members {
		if !strings.HasPrefix(x.Code, dict.NullCode) {
			return false
		}
	}
	for i := m.Start; i < m.Head; i++ {
		switch sc.t.Words[i] {
		case "ALL", "EVERY", "EACH", "ANY":
			return true
		}
	}
	return false
}

// definite reports whether a mention opens with "the", "this", "these"
// or "those".
func definite(sc *sentenceCoder, m *actor.Mention) bool {
	switch sc.t.Words[m.Start] {
	case "THE", "THIS", "THESE", "THOSE":
		return true
	}
	return false
}

// indefinite reports whether a mention introduces someone new: it opens
// with "a", "an", "some", "several", "many" or a number.
func indefinite(sc *sentenceCoder, m *actor.Mention) bool {
	t := sc.t
	for i := m.Start; i < m.Head; i++ {
		switch t.Words[i] {
		case "A", "AN", "SOME", "SEVERAL", "MANY", "ANOTHER", "OTHER":
			return true
		}
		if t.Tok(i).UPOS == "NUM" {
			return true
		}
	}
	return false
}

// clauseSubject returns the coded subject of the nearest clause above
// mention m that has one and starts before it, or -1: the antecedent a
// pronoun in a reported clause most often has.
func (sc *sentenceCoder) clauseSubject(m *actor.Mention, pronoun string) int {
	t := sc.t
	for u, depth := t.Head(m.Head), 0; u >= 0 && depth < 10; u, depth = t.Head(u), depth+1 {
		if !t.IsVerb(u) && t.Child(u, "cop") < 0 {
			continue
		}
		s := t.Child(u, "nsubj", "nsubj:pass")
		if s < 0 || (s >= m.Start && s < m.End) || s > m.Start {
			continue
		}
		if mi := sc.at[s]; mi >= 0 && sc.mentions[mi] != m && sc.mentions[mi].Coded() {
			return mi
		}
		if agrees(t.Tok(s), pronoun) {
			return unknownSubject
		}
		return -1
	}
	return -1
}

// unknownSubject is clauseSubject's answer when the subject above the
// pronoun is a noun phrase that is no actor.
const unknownSubject = -2

// agrees reports whether a subject's head word can be what a pronoun
// refers to: a singular noun or name for "it", a name for "he" or "she".
func agrees(tok *dyad.Token, pronoun string) bool {
	switch pronoun {
	case "IT", "ITS":
		return tok.XPOS == "NN" || tok.XPOS == "NNP"
	case "HE", "HIM", "HIS", "SHE", "HER":
		return tok.XPOS == "NNP"
	}
	return false
}

// pairReference recognises "the two sides", "both countries" and the like.
func pairReference(words []string, head string) bool {
	pair := false
	for _, w := range words {
		if w == "TWO" || w == "BOTH" {
			pair = true
		}
	}
	if !pair {
		return false
	}
	switch head {
	case "SIDES", "COUNTRIES", "NATIONS", "GOVERNMENTS", "STATES", "PARTIES", "NEIGHBOURS", "NEIGHBORS", "LEADERS", "CAPITALS", "ALLIES", "RIVALS", "ENEMIES", "ADVERSARIES":
		return true
	}
	return false
}

// last returns the most recent entity that satisfies ok.
func (d *Discourse) last(ok func(*entity) bool) *entity {
	for i := len(d.entities) - 1; i >= 0; i-- {
		if ok(&d.entities[i]) {
			return &d.entities[i]
		}
	}
	return nil
}

// byName returns the most recent entity whose name ends with the last
// word of name: "Dabbagh" and "al-Dabbagh" find "Ali al-Dabbagh".
func (d *Discourse) byName(name []string) *entity {
	key := nameKey(name[len(name)-1])
	return d.last(func(e *entity) bool {
		for _, w := range e.names {
			if nameKey(w) == key {
				return true
			}
		}
		return false
	})
}

// nameKey folds the Arabic article and hyphen out of a name word.
func nameKey(w string) string {
	for _, p := range []string{"AL-", "EL-", "AD-", "AN-", "AS-", "ASH-", "AZ-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			return w[len(p):]
		}
	}
	return w
}

// properWords returns the proper-noun words of a mention.
func properWords(sc *sentenceCoder, m *actor.Mention) []string {
	var out []string
	for i := m.Start; i < m.End; i++ {
		if sc.t.Tok(i).UPOS == "PROPN" {
			out = append(out, sc.t.Words[i])
		}
	}
	return out
}

// remember adds a coded mention to the discourse.
func (d *Discourse) remember(sc *sentenceCoder, m *actor.Mention) {
	codes := m.Codes()
	if len(codes) == 0 || strings.HasPrefix(codes[0], dict.NullCode) {
		return
	}
	e := entity{members: append([]actor.Member(nil), codedMembers(m)...), names: properWords(sc, m), at: d.sentence}
	// A person: a named actor with a role, or a role-holder named by a
	// proper noun ("U.S. ambassador Ryan Crocker"); countries and
	// organisations are "it".
	if len(e.members) == 1 {
		tok := sc.t.Tok(m.Head)
		role := len(codes[0]) > 3 && !strings.HasPrefix(codes[0], "IGO") && !strings.HasPrefix(codes[0], "NGO")
		e.person = tok.UPOS == "PROPN" && role && len(e.names) >= 1 && !sc.isPlace(m) ||
			tok.UPOS == "NOUN" && role && isPersonNoun(sc.t.Words[m.Head])
	}
	d.entities = append(d.entities, e)
	if len(d.entities) > maxEntities {
		d.entities = d.entities[len(d.entities)-maxEntities:]
	}
}

// isPlace reports whether a mention's actor is matched by its head word
// alone and that word names a capital or country ("Washington", "Iran"):
// such a mention is not a person.
func (sc *sentenceCoder) isPlace(m *actor.Mention) bool {
	if len(m.Members) == 0 || m.Members[0].Actor == nil {
		return false
	}
	code := m.Members[0].Code
	return len(code) <= 3 || strings.HasSuffix(code, "GOV") && m.Members[0].ActorEnd == m.Head+1 && m.End-m.Start == 1
}

// isPersonNoun tells role nouns that name one person from those that name
// bodies.
func isPersonNoun(w string) bool {
	switch w {
	case "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "MINISTER", "PRESIDENT", "AMBASSADOR", "ENVOY",
		"LEADER", "CHIEF", "COMMANDER", "GENERAL", "OFFICIAL", "DIPLOMAT", "KING", "PRINCE", "PREMIER",
		"CHANCELLOR", "SECRETARY", "COUNTERPART", "AIDE", "ADVISER", "ADVISOR", "CLERIC", "JUDGE":
		return true
	}
	return false
}
