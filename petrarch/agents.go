package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// ReadAgents reads an agent dictionary into as:
//
//	!PERSON! = MAN, MEN, WOMAN, WOMEN     substitution set
//	POLICE {} [~COP]                      no plural
//	FOREIGN_MINISTER [~GOVFRM]            regular plural generated
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
//	MSF {} [NGO~]                         code goes before the country
//	CONGRESS!PERSON! [~LEG]               one agent per set member
func ReadAgents(as *dict.Agents, file, data string) dyad.ErrorList {
	e := &errs{file: file}
	subst := map[string][]string{}
	for _, l := range lines(e, data) {
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue
		}
		if name, members, ok := strings.Cut(t, "="); ok && strings.HasPrefix(t, "!") {
			name = strings.TrimSpace(name)
			if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
				e.add(l.n, "malformed substitution set %q", t)
				continue
			}
			for _, m := range strings.Split(members, ",") {
				if m = strings.TrimSpace(m); m != "" {
					subst[strings.ToUpper(name)] = append(subst[strings.ToUpper(name)], strings.ToUpper(m))
				}
			}
			continue
		}
		groups, rest, ok := brackets(t)
		if !ok || len(groups) != 1 {
			e.add(l.n, "agent line %q needs one [~CODE] or [CODE~]", t)
			continue
		}
		code := strings.ReplaceAll(groups[0], " ", "")
		a := &dict.Agent{Pos: e.pos(l.n)}
		switch {
		case strings.HasPrefix(code, "~") && len(code) > 1:
			a.Code = strings.ToUpper(code[1:])
		case strings.HasSuffix(code, "~") && len(code) > 1:
			a.Code, a.Prefix = strings.ToUpper(code[:len(code)-1]), true
		default:
			e.add(l.n, "agent code [%s] needs a '~' before or after it", groups[0])
			continue
		}
		if !validActorCode(a.Code) {
			e.add(l.n, "malformed agent code [%s]", groups[0])
			continue
		}
		plurals, hasPlurals, rest, ok := braces(rest)
		if !ok {
			e.add(l.n, "unclosed '{' in %q", t)
			continue
		}
		name := strings.TrimSpace(rest)
		a.Name = name
		expanded, err := expand(name, subst)
		if err != "" {
			e.add(l.n, "%s", err)
			continue
		}
		var phrases []dict.Phrase
		for _, x := range expanded {
			p := dict.ParsePhrase(x, true)
			if len(p.Words) == 0 {
				continue
			}
			phrases = append(phrases, p)
			// Forms made from a substitution set carry their own number.
			if !hasPlurals && len(expanded) == 1 && !strings.Contains(name, "!") {
				phrases = append(phrases, dict.PluralPhrase(p))
			}
		}
		for _, x := range strings.Fields(plurals) {
			if p := dict.ParsePhrase(x, true); len(p.Words) > 0 {
				phrases = append(phrases, p)
			}
		}
		if len(phrases) == 0 {
			e.add(l.n, "agent line %q has no phrase", t)
			continue
		}
		as.Add(a, allVariants(phrases)...)
	}
	return e.list
}

// expand replaces each !SET! in a phrase with each member of the set.
func expand(phrase string, subst map[string][]string) ([]string, string) {
	i := strings.IndexByte(phrase, '!')
	if i < 0 {
		return []string{phrase}, ""
	}
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return nil, "unclosed substitution marker in " + quote(phrase)
	}
	name := strings.ToUpper(phrase[i : i+j+2])
	members, ok := subst[name]
	if !ok {
		return nil, "unknown substitution set " + name
	}
	var out []string
	for _, m := range members {
		rest, err := expand(phrase[i+j+2:], subst)
		if err != "" {
			return nil, err
		}
		for _, r := range rest {
			out = append(out, phrase[:i]+m+r)
		}
	}
	return out, ""
}
