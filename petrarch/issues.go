package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// ReadIssues reads an issue-coding file: blocks opened by
// <ISSUE CATEGORY="..."> holding lines "phrase [CODE]". In a phrase, "n:"
// before a word adds its plural, "v:" its verb forms, and '+' joins two
// words either with a blank or a hyphen. Lines starting '~' (or '~~') are
// ignore phrases. A line without a code takes its block's category.
func ReadIssues(is *dict.Issues, file, data string) dyad.ErrorList {
	e := &errs{file: file}
	category := ""
	for _, l := range lines(e, data) {
		t := strings.TrimSpace(l.text)
		switch {
		case t == "":
			continue
		case strings.HasPrefix(strings.ToUpper(t), "<ISSUE"):
			category = attr(t, "CATEGORY")
			if category == "" {
				e.add(l.n, "ISSUE block without a CATEGORY")
			}
			continue
		case strings.HasPrefix(strings.ToUpper(t), "</ISSUE"):
			category = ""
			continue
		}
		if category == "" {
			e.add(l.n, "issue phrase %q outside an <ISSUE> block", t)
			continue
		}
		if strings.HasPrefix(t, "~") {
			for _, p := range issueForms(strings.TrimLeft(t, "~")) {
				is.Ignore.Add(p, true)
			}
			continue
		}
		groups, rest, ok := brackets(t)
		if !ok || len(groups) > 1 {
			e.add(l.n, "malformed issue line %q", t)
			continue
		}
		code := category
		if len(groups) == 1 {
			code = strings.ToUpper(strings.TrimSpace(groups[0]))
			if code == "" {
				e.add(l.n, "empty code in issue line %q", t)
				continue
			}
		}
		forms := issueForms(rest)
		if len(forms) == 0 {
			e.add(l.n, "issue line %q has no phrase", t)
			continue
		}
		entry := &dict.Issue{Category: category, Code: code, Pos: e.pos(l.n)}
		is.Entries = append(is.Entries, entry)
		for _, p := range forms {
			is.Add(p, entry)
		}
	}
	return e.list
}

// issueForms expands an issue phrase into the word sequences it stands for.
func issueForms(s string) []dict.Phrase {
	variants := [][]string{nil}
	for _, tok := range strings.Fields(s) {
		var alts [][]string // each alternative is one or more words
		switch {
		case strings.Contains(tok, "+"):
			a, b, _ := strings.Cut(tok, "+")
			for _, bw := range wordForms(b) {
				for _, aw := range wordForms(a) {
					if aw == "" {
						alts = append(alts, []string{bw})
						continue
					}
					if bw == "" {
						alts = append(alts, []string{aw})
						continue
					}
					alts = append(alts, []string{aw, bw}, []string{aw + "-" + bw})
				}
			}
		default:
			for _, w := range wordForms(tok) {
				alts = append(alts, []string{w})
			}
		}
		var next [][]string
		for _, v := range variants {
			for _, a := range alts {
				next = append(next, append(append([]string(nil), v...), a...))
			}
		}
		variants = next
	}
	var out []dict.Phrase
	for _, v := range variants {
		if len(v) == 0 {
			continue
		}
		p := dict.Phrase{Words: make([]string, len(v)), Gap: make([]bool, len(v))}
		for i, w := range v {
			p.Words[i] = dict.Fold(w)
		}
		out = append(out, p)
	}
	return out
}

func wordForms(tok string) []string {
	switch {
	case strings.HasPrefix(tok, "n:"):
		w := strings.ToUpper(tok[2:])
		return []string{w, dict.Plural(w)}
	case strings.HasPrefix(tok, "v:"):
		return dict.VerbForms(strings.ToUpper(tok[2:]))
	}
	return []string{strings.ToUpper(tok)}
}

// attr returns the value of name="value" in an XML-like tag.
func attr(tag, name string) string {
	// Search without upper-casing the tag: ToUpper may change its length
	// (invalid UTF-8 becomes U+FFFD), and the index must fit the tag.
	i := -1
	for j := 0; j+len(name) <= len(tag); j++ {
		if strings.EqualFold(tag[j:j+len(name)], name) {
			i = j
			break
		}
	}
	if i < 0 {
		return ""
	}
	rest := tag[i+len(name):]
	rest = strings.TrimLeft(rest, " =")
	if strings.HasPrefix(rest, "\"") {
		if j := strings.IndexByte(rest[1:], '"'); j >= 0 {
			return rest[1 : j+1]
		}
	}
	return ""
}
