package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// ReadVerbs reads a verb dictionary in the PETRARCH-1/TABARI form or the
// PETRARCH-2 form into vs:
//
//	&SYNSET                       a synonym set, with +phrase members
//	+MEMBER
//	--- DESCRIPTION [CODE] ---    a verb block
//	VERB {IRREGULAR FORMS} [CODE] verbs of the block
//	WIRE_+TAP                     a multiword verb; '+' marks the verb word
//	- UPPER * LOWER [CODE]        a pattern (PETRARCH-1: words in order)
//	- * {NOUN PHRASE} (PREP NOUN) [CODE]   (PETRARCH-2: phrases)
//	~ a (a b ATTACK) SAY = a b 015         a PETRARCH-2 transformation
//
// Patterns and synsets are checked once the whole file is read, so a
// pattern may use a synset defined after it.
func ReadVerbs(vs *dict.Verbs, file, data string) dyad.ErrorList {
	r := &verbReader{e: &errs{file: file}, vs: vs}
	if vs.Synsets == nil {
		vs.Synsets = map[string]*dict.Synset{}
	}
	for _, l := range lines(r.e, data) {
		r.line(l)
	}
	r.resolve()
	for _, set := range vs.Synsets {
		set.Index()
	}
	vs.Sort()
	return r.e.list
}

type verbReader struct {
	e        *errs
	vs       *dict.Verbs
	synset   *dict.Synset
	noPlural bool // the current synset's label ends in '_'
	block    *dict.Block
	pending  []pendingElem // synset references to resolve at the end
	members  []pendingMember
}

type pendingElem struct {
	elem *dict.Elem
	name string
	line int
}

type pendingMember struct {
	set  *dict.Synset
	name string
	line int
}

func (r *verbReader) line(l line) {
	t := strings.TrimSpace(l.text)
	switch {
	case t == "":
		// Blank and comment lines do not end a synset: its members run
		// until a line that is not a member.
	case strings.HasPrefix(t, "&"):
		r.startSynset(l.n, t)
	case strings.HasPrefix(t, "+") && r.synset != nil:
		r.addMember(l.n, t[1:])
	case strings.HasPrefix(t, "---"):
		r.synset = nil
		r.startBlock(l.n, t)
	case strings.HasPrefix(t, "~"):
		r.synset = nil
		r.addTransform(l.n, t)
	case strings.HasPrefix(t, "-"):
		r.synset = nil
		if r.block == nil {
			r.e.add(l.n, "pattern %q outside a verb block", t)
			return
		}
		r.addPattern(l.n, t)
	default:
		r.synset = nil
		if r.block == nil {
			r.e.add(l.n, "verb %q outside a verb block", t)
			return
		}
		r.addVerb(l.n, t)
	}
}

func (r *verbReader) startSynset(n int, t string) {
	name := strings.Fields(t)[0]
	r.noPlural = strings.HasSuffix(name, "_")
	name = strings.ToUpper(strings.TrimPrefix(strings.TrimRight(name, "_"), "&"))
	if name == "" {
		r.e.add(n, "synset label %q has no name", t)
		r.synset = nil
		return
	}
	if old, ok := r.vs.Synsets[name]; ok {
		r.e.add(n, "synset %s already defined at line %d; adding to it", name, old.Pos.Line)
		r.synset = old
		return
	}
	r.synset = &dict.Synset{Name: name, Pos: r.e.pos(n)}
	r.vs.Synsets[name] = r.synset
}

func (r *verbReader) addMember(n int, t string) {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "&") {
		r.members = append(r.members, pendingMember{r.synset, strings.ToUpper(strings.TrimRight(t, "_")), n})
		return
	}
	p := dict.ParsePhrase(t, false)
	if len(p.Words) == 0 {
		r.e.add(n, "empty synset member")
		return
	}
	for _, v := range withVariants(p) {
		r.synset.Members = append(r.synset.Members, v)
		if !r.noPlural && !strings.HasSuffix(t, "_") {
			r.synset.Members = append(r.synset.Members, dict.PluralPhrase(v))
		}
	}
}

func (r *verbReader) startBlock(n int, t string) {
	inner := strings.TrimSpace(strings.Trim(t, "-"))
	groups, rest, ok := brackets(inner)
	if !ok {
		r.e.add(n, "unclosed '[' in block header %q", t)
	}
	b := &dict.Block{Name: strings.TrimSpace(rest), Pos: r.e.pos(n)}
	if len(groups) > 0 {
		c, err := parseEventCode(groups[0])
		if err != "" {
			r.e.add(n, "%s in block header", err)
		}
		b.Code = c
	} else {
		b.Code = dict.EventCode{Null: true}
	}
	r.block = b
	r.vs.Blocks = append(r.vs.Blocks, b)
}

func (r *verbReader) addVerb(n int, t string) {
	groups, rest, ok := brackets(t)
	if !ok {
		r.e.add(n, "unclosed '[' in verb line %q", t)
		return
	}
	formsText, hasForms, rest, ok := braces(rest)
	if !ok {
		r.e.add(n, "unclosed '{' in verb line %q", t)
		return
	}
	name := strings.TrimSpace(rest)
	words, verb := splitVerb(name)
	if verb < 0 {
		r.e.add(n, "verb line %q has no verb", t)
		return
	}
	v := &dict.Verb{
		Block:  r.block,
		Name:   name,
		Word:   words[verb],
		Before: words[:verb],
		After:  words[verb+1:],
		Pos:    r.e.pos(n),
	}
	if len(groups) > 1 {
		r.e.add(n, "verb line %q has more than one code; using the first", t)
	}
	if len(groups) > 0 {
		c, err := parseEventCode(groups[0])
		if err != "" {
			r.e.add(n, "%s in verb line", err)
			return
		}
		v.Code = c
	}
	if strings.ContainsAny(formsText, "{}") {
		r.e.add(n, "verb forms %q hold a brace", t)
		return
	}
	if hasForms {
		v.Forms = []string{v.Word}
		for _, f := range strings.Fields(formsText) {
			fw, fv := splitVerb(f)
			if fv < 0 {
				r.e.add(n, "verb form %q has no verb", f)
				continue
			}
			v.Forms = appendNew(v.Forms, fw[fv])
		}
	} else {
		v.Forms = dict.VerbForms(v.Word)
	}
	r.block.Verbs = append(r.block.Verbs, v)
	r.vs.AddVerb(v)
}

// splitVerb splits a (multiword) verb into folded words and finds the
// verb word: the one marked '+', else the first.
func splitVerb(s string) (words []string, verb int) {
	verb = -1
	for _, f := range strings.Fields(s) {
		for _, w := range strings.Split(f, "_") {
			if w == "" {
				continue
			}
			if strings.HasPrefix(w, "+") {
				w = w[1:]
				if w == "" {
					continue
				}
				verb = len(words)
			}
			words = append(words, dict.Fold(w))
		}
	}
	if verb < 0 && len(words) > 0 {
		verb = 0
	}
	return words, verb
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// patToken is one element of a pattern as written, before it is resolved.
type patToken struct {
	text    string
	adjPrev bool // joined by '_' to the token before it
}

func (r *verbReader) addPattern(n int, t string) {
	body := strings.TrimSpace(t[1:])
	groups, rest, ok := brackets(body)
	if !ok || len(groups) == 0 {
		r.e.add(n, "pattern %q has no [code]", t)
		return
	}
	code, err := parseEventCode(groups[len(groups)-1])
	if err != "" {
		r.e.add(n, "%s in pattern", err)
		return
	}
	toks := tokenizePattern(rest)
	before := len(r.block.Patterns)
	r.addPatternTokens(n, t, body, code, toks)
	if split, ok := splitHyphens(toks); ok && len(r.block.Patterns) > before {
		// Also the pattern as dyad's tokenizer writes its hyphenated words;
		// the pattern as written serves treebank-tokenized text.
		r.addPatternTokens(n, t, body, code, split)
	}
}

// splitHyphens rewrites pattern words that dyad's tokenizer splits at
// hyphens into adjacent words, and reports whether any was.
func splitHyphens(toks []patToken) ([]patToken, bool) {
	var out []patToken
	split := false
	for _, tk := range toks {
		if len(tk.text) < 3 || !strings.Contains(tk.text, "-") || strings.Trim(tk.text, "-") == "" {
			out = append(out, tk)
			continue
		}
		parts := tokenizer.Tokenize(tk.text, dyad.Span{End: len(tk.text)})
		if len(parts) <= 1 {
			out = append(out, tk)
			continue
		}
		split = true
		for i, p := range parts {
			out = append(out, patToken{text: p.Text, adjPrev: i > 0 || tk.adjPrev})
		}
	}
	return out, split
}

func (r *verbReader) addPatternTokens(n int, t, body string, code dict.EventCode, toks []patToken) {
	star := -1
	for i, tk := range toks {
		if tk.text == "*" {
			if star >= 0 {
				r.e.add(n, "pattern %q has more than one '*'", t)
				return
			}
			star = i
		}
	}
	if star < 0 {
		r.e.add(n, "pattern %q has no '*' for the verb", t)
		return
	}
	p := &dict.Pattern{Code: code, Text: strings.TrimSpace(body), Pos: r.e.pos(n)}
	for i, tk := range toks {
		if i == star {
			continue
		}
		el := dict.Elem{}
		if i < star {
			el.Adjacent = toks[i+1].adjPrev
		} else {
			el.Adjacent = tk.adjPrev
		}
		switch tk.text {
		case "$":
			el.Kind = dict.ElemSource
		case "+":
			el.Kind = dict.ElemTarget
		case "%":
			el.Kind = dict.ElemCompound
		case "^":
			el.Kind = dict.ElemSkip
		default:
			if strings.HasPrefix(tk.text, "&") {
				el.Kind = dict.ElemSynset
				el.Word = strings.ToUpper(tk.text[1:])
			} else {
				el.Kind = dict.ElemWord
				el.Word = dict.Fold(tk.text)
			}
		}
		if i < star {
			p.Upper = append(p.Upper, el)
		} else {
			p.Lower = append(p.Lower, el)
		}
	}
	for i := range p.Upper {
		if p.Upper[i].Kind == dict.ElemSynset {
			r.pending = append(r.pending, pendingElem{&p.Upper[i], p.Upper[i].Word, n})
		}
	}
	for i := range p.Lower {
		if p.Lower[i].Kind == dict.ElemSynset {
			r.pending = append(r.pending, pendingElem{&p.Lower[i], p.Lower[i].Word, n})
		}
	}
	r.block.Patterns = append(r.block.Patterns, p)
}

// tokenizePattern splits a pattern into its elements. Words joined by '_'
// are adjacent; a PETRARCH-2 noun phrase {A B} is read as adjacent words and
// a prepositional phrase (P X) as its words in order.
func tokenizePattern(s string) []patToken {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '{':
			depth++
			b.WriteByte(' ')
		case '}':
			if depth > 0 {
				depth--
			}
			b.WriteByte(' ')
		case '(', ')':
			b.WriteByte(' ')
		case ' ', '\t':
			if depth > 0 {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		default:
			b.WriteRune(r)
		}
	}
	var toks []patToken
	for _, f := range strings.Fields(b.String()) {
		first := true
		for _, w := range strings.Split(f, "_") {
			if w == "" {
				continue
			}
			toks = append(toks, patToken{text: w, adjPrev: !first})
			first = false
		}
	}
	return toks
}

func (r *verbReader) addTransform(n int, t string) {
	left, right, ok := strings.Cut(strings.TrimSpace(t[1:]), "=")
	res := strings.Fields(right)
	if !ok || len(res) != 3 {
		r.e.add(n, "transformation %q needs the form '~ pattern = source target code'", t)
		return
	}
	tr := &dict.Transform{Text: strings.TrimSpace(t), Source: res[0], Target: res[1], Code: res[2], Pos: r.e.pos(n)}
	tr.Left = strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(left))
	r.vs.Transforms = append(r.vs.Transforms, tr)
}

// resolve links synset references once every synset is known.
func (r *verbReader) resolve() {
	for _, m := range r.members {
		ref, ok := r.vs.Synsets[strings.TrimPrefix(m.name, "&")]
		if !ok {
			r.e.add(m.line, "unknown synset %s", m.name)
			continue
		}
		m.set.Members = append(m.set.Members, dict.Phrase{Words: []string{"&" + ref.Name}, Gap: []bool{false}})
	}
	for _, p := range r.pending {
		s, ok := r.vs.Synsets[p.name]
		if !ok {
			r.e.add(p.line, "pattern uses unknown synset &%s", p.name)
			// The element can never match: keep it so the pattern stays
			// as specific as written.
			p.elem.Kind = dict.ElemWord
			p.elem.Word = "&" + p.name
			continue
		}
		p.elem.Synset = s
	}
}

// parseEventCode reads the inside of an event code bracket: "064",
// "032:033", ":110", "---".
func parseEventCode(s string) (dict.EventCode, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return dict.EventCode{}, "empty code"
	}
	if s == "---" {
		return dict.EventCode{Null: true}, ""
	}
	if strings.ContainsAny(s, " \t") {
		return dict.EventCode{}, "malformed code [" + s + "]"
	}
	c, rev, _ := strings.Cut(s, ":")
	if c == "---" {
		c = ""
	}
	if rev == "---" {
		rev = ""
	}
	if c == "" && rev == "" {
		return dict.EventCode{Null: true}, ""
	}
	return dict.EventCode{Code: strings.ToUpper(c), Reverse: strings.ToUpper(rev)}, ""
}
