package code

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

// events makes the events of a found verb: it settles the source and
// target (from the pattern, else passive voice, else the defaults) and
// pairs their actors.
func (sc *sentenceCoder) events(f *found) []dyad.Event {
	code, pos, what := f.verb.EventCode(), f.verb.Pos, f.verb.Name
	if f.pattern != nil {
		code, pos, what = f.pattern.Code, f.pattern.Pos, "- "+f.pattern.Text
	}
	if code.Null {
		return nil
	}
	if sc.c.opts.Modality && sc.future(f.tok) && !sc.patternSays(f.pattern, isModal) {
		code = intent(code)
	}
	source, target := f.source, f.target
	reciprocal := false
	if f.compound >= 0 {
		if f.compoundIsSource {
			if source < 0 {
				source = f.compound
			}
			if target < 0 {
				target, reciprocal = f.compound, true
			}
		} else if target < 0 {
			target = f.compound
		}
	}
	passiveSubject := false
	if source < 0 && target < 0 {
		agent, byAgent := sc.passive(f)
		switch {
		case byAgent && sc.at[agent] >= 0 && sc.mentions[sc.at[agent]].Coded():
			source = sc.at[agent]
			if subj := sc.t.Child(f.tok, "nsubj:pass", "nsubj"); subj >= 0 && sc.at[subj] >= 0 {
				target = sc.at[subj]
			} else if h := sc.t.Head(f.tok); reducedPassive(sc.t, f.tok) && h >= 0 && sc.at[h] >= 0 {
				target = sc.at[h]
			}
		case sc.c.opts.Passive && sc.t.Child(f.tok, "aux:pass", "nsubj:pass") >= 0 && !stative[sc.t.Words[f.tok]]:
			// "Iraq was criticized", "Iraq is encouraged by signs": the
			// subject underwent the act, and without an actor in a "by"
			// phrase there is no source to code.
			if subj := sc.t.Child(f.tok, "nsubj:pass"); subj >= 0 {
				target = sc.firstCoded(sc.t.Lo[subj], sc.t.Hi[subj]+1)
			}
			passiveSubject = true
		}
	}
	if source < 0 && !passiveSubject {
		source = sc.defaultSource(f)
	}
	if target < 0 {
		if sc.c.opts.ReportedSpeech && isStatement(f) {
			target = sc.addressee(f, source)
		} else if target = sc.takenFrom(f, code.Code, source); target < 0 {
			target = sc.defaultTarget(f, source)
		}
	}

	if target < 0 && source >= 0 && sc.c.opts.Reciprocal && len(codedMembers(sc.mentions[source])) > 1 && joint(code.Code) {
		target, reciprocal = source, true
	}
	if sc.c.opts.Clauses && target >= 0 && seizesPeople(code.Code) && sc.place(sc.mentions[target]) {
		// People are arrested and goods confiscated; a town is taken:
		// "troops captured Aleppo" is CAMEO 192, not an arrest.
		code = dict.EventCode{Code: "192"}
		if from := sc.takenFrom(f, code.Code, source); from >= 0 {
			target = from
		}
	}
	var srcs, tgts []actor.Member
	if source >= 0 {
		srcs = codedMembers(sc.mentions[source])
	}
	if target >= 0 {
		tgts = codedMembers(sc.mentions[target])
	}
	if len(srcs) == 0 && sc.c.opts.RequireSource && violent(code.Code) && target >= 0 {
		// Force by an unknown hand is coded, as analysts do, to the
		// unidentified armed forces of the place where it happened.
		srcs = sc.unidentified(f.tok, target)
	}
	if len(srcs) == 0 {
		srcs = []actor.Member{{Start: -1}}
	}
	if len(tgts) == 0 {
		tgts = []actor.Member{{Start: -1}}
	}
	prov := fmt.Sprintf("%s:%d %s", pos.File, pos.Line, what)
	var out []dyad.Event
	emit := func(a, b actor.Member, c string) {
		if c == "" {
			return
		}
		ac, bc := a.Code, b.Code
		if sc.c.opts.RequireDyad && (isNull(ac) || isNull(bc)) {
			return
		}
		if sc.c.opts.RequireSource && (isNull(ac) && (isNull(bc) || !violent(c)) || isNull(bc) && strings.HasPrefix(c, "01")) {
			return
		}
		if sc.c.opts.RequireSource && !identified(ac) && !identified(bc) {
			return // "students dislike", "police arrested a boy": whose?
		}
		if sc.c.opts.RequireSource && strings.HasPrefix(c, "01") && strings.HasSuffix(bc, "MED") {
			return // "told reporters": the press hears it, it is not its target
		}
		if sc.c.opts.Political && c < "09" && !political(ac) && !political(bc) {
			return // "the boy toured the company": no politics in it
		}
		if !sc.c.opts.RequireSource {
			// PETRARCH writes an absent actor as "---"; news output leaves
			// it empty.
			if ac == "" {
				ac = dict.NullCode
			}
			if bc == "" {
				bc = dict.NullCode
			}
		}
		if ac == bc && ac != dict.NullCode && ac != "" {
			return
		}
		out = append(out, dyad.Event{
			Date:       sc.date,
			Source:     ac,
			Target:     bc,
			Code:       c,
			Text:       sc.t.S.Text,
			SourceSpan: sc.memberSpan(a),
			TargetSpan: sc.memberSpan(b),
			VerbSpan:   sc.t.Span(f.first, f.last),
			Pattern:    prov,
		})
	}
	for i, a := range srcs {
		for j, b := range tgts {
			if reciprocal && i == j {
				continue
			}
			emit(a, b, code.Code)
			emit(b, a, code.Reverse)
		}
	}
	for i := range out {
		sc.fillText(&out[i])
	}
	return out
}

// unidentified returns the unidentified armed forces (UAF) of the country
// where the act of verb v took place — a place in its clause reached
// through a locative phrase ("killed by a bomb outside the Iraqi city of
// Basra") — or nothing when no place is named. The member's text is the
// place's.
func (sc *sentenceCoder) unidentified(v, target int) []actor.Member {
	for mi, p := range sc.mentions {
		if mi == target || sc.clauseOf(p.Head) != v || !sc.inPlacePhrase(p.Head, v) {
			continue
		}
		for _, x := range p.Members {
			if c := countryOf(x.Code); c != "" && !sc.ethnic(x) {
				return []actor.Member{{Code: c + "UAF", Start: p.Start, End: p.End, ActorEnd: p.End}}
			}
		}
	}
	return nil
}

// inPlacePhrase reports whether token i hangs from verb v through a
// locative phrase: "in Baghdad", "in a sector of eastern Beirut".
func (sc *sentenceCoder) inPlacePhrase(i, v int) bool {
	for depth := 0; i >= 0 && i != v && depth < 12; depth++ {
		switch sc.caseOf(i) {
		case "IN", "INSIDE", "NEAR", "OUTSIDE", "AROUND", "ACROSS", "THROUGHOUT", "AT":
			return true
		}
		i = sc.t.Head(i)
	}
	return false
}

// joint reports whether an event code is one that parties do together:
// intent to cooperate (03), consultation (04), diplomatic and material
// cooperation (05, 06) and fighting (19).
func joint(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "03", "04", "05", "06", "19":
		return true
	}
	return false
}

// violent reports whether a code is force: assault (18), fight (19), mass
// violence (20).
func violent(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// identified reports whether an actor code names who the actor is — a
// country, an international or non-governmental body, a group — and not
// only a role ("---CVL").
func identified(code string) bool {
	return !isNull(code) && !strings.HasPrefix(code, dict.NullCode)
}

func isNull(code string) bool { return code == "" || code == dict.NullCode }

// socialRoles are the roles of people and bodies outside politics.
var socialRoles = map[string]bool{
	"CVL": true, "BUS": true, "HLH": true, "MED": true, "EDU": true, "LAB": true, "AGR": true, "ENV": true,
}

// political reports whether an actor code names a side in politics: a
// country, an organisation, or a role that is not only social.
func political(code string) bool {
	if isNull(code) {
		return false
	}
	roles := code[3:]
	if len(roles) == 0 || len(roles)%3 != 0 {
		return true
	}
	for i := 0; i < len(roles); i += 3 {
		if !socialRoles[roles[i:i+3]] {
			return true
		}
	}
	return false
}

func codedMembers(m *actor.Mention) []actor.Member {
	var out []actor.Member
	for _, x := range m.Members {
		if x.Code != "" {
			out = append(out, x)
		}
	}
	return out
}

func (sc *sentenceCoder) memberSpan(m actor.Member) dyad.Span {
	if m.Start < 0 || m.End <= m.Start {
		return dyad.Span{}
	}
	return sc.t.Span(m.Start, m.End-1)
}

// fillText copies the text of the spans from the sentence.
func (sc *sentenceCoder) fillText(e *dyad.Event) {
	s := sc.t.S
	of := func(sp dyad.Span) string {
		if sp.IsZero() {
			return ""
		}
		return dyad.Span{Start: sp.Start - s.Span.Start, End: sp.End - s.Span.Start}.Of(s.Text)
	}
	e.SourceText, e.TargetText, e.VerbText = of(e.SourceSpan), of(e.TargetSpan), of(e.VerbSpan)
}

// dedupe drops repeated (source, target, code) events, keeping the first.
func dedupe(events []dyad.Event) []dyad.Event {
	type key struct{ s, t, c string }
	seen := map[key]bool{}
	out := events[:0]
	for _, e := range events {
		k := key{e.Source, e.Target, e.Code}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// takenFrom returns, for taking territory (CAMEO 192), the actor it was
// taken from: "seized the district from the militants" is an act against
// the militants, not against the district's country, wherever the parser
// hung the "from" phrase. Without the Clauses option, or a "from" phrase
// naming an actor, it returns -1.
func (sc *sentenceCoder) takenFrom(f *found, code string, source int) int {
	if !sc.c.opts.Clauses || code != "192" {
		return -1
	}
	for i := f.lowLo; i < f.lowHi; i++ {
		mi := sc.at[i]
		if mi < 0 || mi == source || sc.skip[i] || !sc.mentions[mi].Coded() {
			continue
		}
		if m := sc.mentions[mi]; i == m.Head && sc.caseOf(i) == "FROM" && !sc.inRelative(i, f.tok) {
			return mi
		}
	}
	return -1
}

// seizesPeople reports whether a code is a seizure of people or goods:
// arrest (173), abduction (181), confiscation (1711).
func seizesPeople(code string) bool {
	return code == "173" || code == "181" || code == "1711"
}

// place reports whether a mention is a place's name: proper nouns only,
// no article, a singular head ("Aleppo", "Afrin"; not "Iraqis", "a
// Briton"), coded as a country and nothing more.
func (sc *sentenceCoder) place(m *actor.Mention) bool {
	t := sc.t
	if t.Tok(m.Head).XPOS != "NNP" {
		return false
	}
	for i := m.Start; i < m.End; i++ {
		if t.Tok(i).UPOS != "PROPN" && t.Tok(i).UPOS != "PUNCT" {
			return false
		}
	}
	codes := m.Codes()
	for _, c := range codes {
		if len(c) != 3 || countryOf(c) == "" {
			return false
		}
	}
	return len(codes) > 0
}
