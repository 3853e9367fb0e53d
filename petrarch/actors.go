package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// ReadActors reads an actor dictionary into as:
//
//	PRIMARY_PHRASE [DEFAULTCODE]
//	+SYNONYM
//		[CODE 20060520-20140908]
//		[CODE <19910625]  [CODE >920115]  [CODE]
//
// Dates are YYYYMMDD or YYMMDD, limits inclusive. Words joined by '_' are
// consecutive; words separated by blanks may have others between them
// within one noun phrase. file names the input in errors.
func ReadActors(as *dict.Actors, file, data string) dyad.ErrorList {
	e := &errs{file: file}
	var cur *dict.Actor
	var phrases []dict.Phrase
	// A name line with no code that is followed at once by another name
	// line is read as that entry's synonym: some dictionaries leave out
	// the '+' before synonyms.
	joinNext := false
	// broken marks an entry whose name line could not be read: its
	// synonyms and codes are still checked, then dropped with it rather
	// than given to the entry before.
	broken := false
	flush := func() {
		if cur == nil {
			return
		}
		if broken {
			broken = false
		} else if len(cur.Codes) == 0 {
			e.add(cur.Pos.Line, "actor %q has no code", cur.Name)
		} else {
			// A name listed twice keeps its first entry, as in PETRARCH.
			as.Add(cur, allVariants(phrases)...)
		}
		cur, phrases = nil, nil
	}
	for _, l := range lines(e, data) {
		t := strings.TrimSpace(l.text)
		if l.blank {
			joinNext = false
		}
		if t == "" {
			continue
		}
		groups, rest, ok := brackets(t)
		rest = strings.TrimSpace(rest)
		if !ok {
			e.add(l.n, "unclosed '[' in %q", t)
			if rest != "" && !strings.HasPrefix(rest, "+") {
				flush()
				cur, broken, joinNext = &dict.Actor{Name: rest}, true, false
			}
			continue
		}
		switch {
		case rest == "" && len(groups) > 0:
			if cur == nil {
				e.add(l.n, "code %q before any actor", t)
				continue
			}
		case strings.HasPrefix(rest, "+"):
			if cur == nil {
				e.add(l.n, "synonym %q before any actor", rest)
				continue
			}
			p := dict.ParsePhrase(rest[1:], true)
			if len(p.Words) == 0 {
				e.add(l.n, "empty synonym")
				continue
			}
			phrases = append(phrases, p)
		case joinNext && cur != nil && len(cur.Codes) == 0 && !broken:
			if p := dict.ParsePhrase(rest, true); len(p.Words) > 0 {
				phrases = append(phrases, p)
			}
		default:
			flush()
			p := dict.ParsePhrase(rest, true)
			if len(p.Words) == 0 {
				e.add(l.n, "actor line %q has no name", t)
				cur, broken = &dict.Actor{}, true
				continue
			}
			cur = &dict.Actor{Name: rest, Pos: e.pos(l.n)}
			phrases = []dict.Phrase{p}
		}
		joinNext = len(groups) == 0
		for _, g := range groups {
			c, err := parseDatedCode(g)
			if err != "" {
				e.add(l.n, "%s in [%s]", err, g)
				continue
			}
			cur.Codes = append(cur.Codes, c)
		}
	}
	flush()
	return e.list
}

// parseDatedCode reads the inside of an actor code bracket: "CODE",
// "CODE <DATE", "CODE >DATE" or "CODE DATE-DATE", with blanks allowed
// around the operators.
func parseDatedCode(s string) (dict.DatedCode, string) {
	var c dict.DatedCode
	f := strings.Fields(s)
	if len(f) == 0 {
		return c, "empty code"
	}
	c.Code = strings.ToUpper(f[0])
	if !validActorCode(c.Code) {
		return c, "malformed actor code " + quote(f[0])
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return c, ""
	}
	var err error
	switch {
	case strings.HasPrefix(rest, "<"):
		// "<D" and ">D" exclude D itself; DatedCode limits are inclusive.
		c.To, err = dyad.ParseDate(rest[1:])
		if err == nil {
			c.To = dayBefore(c.To)
		}
	case strings.HasPrefix(rest, ">"):
		c.From, err = dyad.ParseDate(rest[1:])
		if err == nil {
			c.From = dayAfter(c.From)
		}
	default:
		a, b, found := strings.Cut(rest, "-")
		if !found {
			return c, "malformed date restriction " + quote(rest)
		}
		if c.From, err = dyad.ParseDate(a); err == nil {
			c.To, err = dyad.ParseDate(b)
		}
		if err == nil && c.To < c.From {
			return c, "date range ends before it starts"
		}
	}
	if err != nil {
		return c, err.Error()
	}
	return c, ""
}

func dayBefore(d dyad.Date) dyad.Date { return dyad.DateOf(d.Time().AddDate(0, 0, -1)) }
func dayAfter(d dyad.Date) dyad.Date  { return dyad.DateOf(d.Time().AddDate(0, 0, 1)) }

// validActorCode accepts the characters codes are made of in practice:
// letters and digits in three-letter segments, '/' between alternatives,
// and the null and placeholder codes ("---", "+++", "###").
func validActorCode(s string) bool {
	if s == "" || (s[0] >= '0' && s[0] <= '9') {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '/', r == '-', r == '+', r == '#', r == '_':
		default:
			return false
		}
	}
	return true
}

func quote(s string) string { return "\"" + s + "\"" }
