package code_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
)

// FuzzCode feeds the coder sentences with arbitrary words, tags, heads and
// relations — what a broken parser might produce — and checks that it
// neither panics nor returns spans outside the sentence.
func FuzzCode(f *testing.F) {
	f.Add("Iraq accused Iran of spying .", "PROPN VERB PROPN ADP NOUN PUNCT", "1 -1 1 4 1 1", "nsubj root obj case obl punct")
	f.Add("Iraq and Iran met .", "PROPN CCONJ PROPN VERB PUNCT", "3 2 0 -1 3", "nsubj cc conj root punct")
	f.Add("He said it was attacked by Syria", "PRON VERB PRON AUX VERB ADP PROPN", "1 -1 4 4 1 6 4", "nsubj root nsubj:pass aux:pass ccomp case obl:agent")
	f.Add("a b c", "X X X", "1 2 0", "dep dep dep")
	rels := []string{"nsubj", "obj", "obl", "nmod", "conj", "cc", "acl:relcl", "ccomp", "xcomp", "advcl", "appos", "nmod:poss", "case", "aux:pass", "nsubj:pass", "obl:agent", "amod", "compound", "det", "punct", "root", "advmod", "mark", "cop"}
	news := testCoder(f, code.NewsOptions())
	petr := news.WithOptions(code.DefaultOptions())
	f.Fuzz(func(t *testing.T, words, tags, heads, relations string) {
		ws := strings.Fields(words)
		if len(ws) == 0 || len(ws) > 60 {
			return
		}
		ts, hs, rs := strings.Fields(tags), strings.Fields(heads), strings.Fields(relations)
		text := strings.Join(ws, " ")
		s := &dyad.Sentence{Text: text, Span: dyad.Span{End: len(text)}}
		pos := 0
		for i, w := range ws {
			tok := dyad.Token{Text: w, Span: dyad.Span{Start: pos, End: pos + len(w)}, Head: -1}
			pos += len(w) + 1
			if i < len(ts) {
				tok.UPOS = ts[i]
				if ts[i] == "VERB" {
					tok.XPOS = "VBD"
				}
			}
			if i < len(hs) {
				h := 0
				for _, c := range hs[i] {
					if c >= '0' && c <= '9' {
						h = h*10 + int(c-'0')
					}
				}
				if strings.HasPrefix(hs[i], "-") {
					h = -1
				}
				tok.Head = h % (len(ws) + 2) // sometimes out of range on purpose
			}
			if i < len(rs) {
				tok.Rel = rs[i]
			} else {
				tok.Rel = rels[i%len(rels)]
			}
			s.Tokens = append(s.Tokens, tok)
		}
		for _, c := range []*code.Coder{petr, news} {
			evs, _ := c.CodeIn(&code.Discourse{}, s, 20070101)
			for _, e := range evs {
				for _, sp := range []dyad.Span{e.SourceSpan, e.TargetSpan, e.VerbSpan} {
					if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
						t.Fatalf("span %v outside the sentence %q", sp, text)
					}
				}
			}
		}
	})
}
