package ptb_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/ptb"
)

// FuzzParse reads arbitrary brackets and, when they parse, converts the
// tree against an arbitrary text: no panic, one root, heads in range with
// no cycle, every span inside the sentence.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/convert/*.ptb")
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		var text, parse []string
		for _, l := range strings.Split(string(b), "\n") {
			switch {
			case strings.HasPrefix(l, "#"):
			case text == nil:
				text = []string{l}
			default:
				parse = append(parse, l)
			}
		}
		f.Add(strings.Join(parse, "\n"), strings.Join(text, ""))
	}
	for _, s := range [][2]string{
		{"(S (NN a)", "a"},
		{"(S (NN a)))", "a"},
		{"( (S (-NONE- *) (NN a)))", "a"},
		{"(X (CC and) (CC and) (CC and))", "and and and"},
		{"(NP (, ,) (CC and) (, ,))", ", and ,"},
		{"(VP (VBN x) (VBD was) (VP (VBN y)))", "x was y"},
		{"(SBAR (WHNP (WP who)))", "who"},
		{"(PP (IN by))", "by"},
		{"(S (`` ``) (-LRB- -LRB-) ('' ''))", "“(”"},
		{"(S (RB n't) (POS 's))", "N’T’S"},
		{"(NN \xff)", "\xff"},
		{strings.Repeat("(X ", 400) + "(NN a)" + strings.Repeat(")", 400), "a"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, parse, text string) {
		tree, err := ptb.Parse(parse)
		if err != nil {
			if _, ok := err.(*ptb.SyntaxError); !ok {
				t.Fatalf("error %T is not a *SyntaxError: %v", err, err)
			}
			return
		}
		_ = tree.String()
		const offset = 3
		s := ptb.ToSentence(tree, text, offset)
		if s.Span.Start != offset || s.Span.End != offset+len(text) {
			t.Fatalf("sentence span %v", s.Span)
		}
		if len(s.Tokens) != len(tree.Leaves()) {
			t.Fatalf("%d tokens for %d words", len(s.Tokens), len(tree.Leaves()))
		}
		roots := 0
		for i, tok := range s.Tokens {
			if tok.Head < -1 || tok.Head >= len(s.Tokens) || tok.Head == i {
				t.Fatalf("token %d: head %d of %d", i, tok.Head, len(s.Tokens))
			}
			if tok.Head < 0 {
				roots++
			}
			if tok.Span.Start < s.Span.Start || tok.Span.End > s.Span.End || tok.Span.Start > tok.Span.End {
				t.Fatalf("token %d: span %v outside %v", i, tok.Span, s.Span)
			}
			if tok.Span.Len() > 0 && text[tok.Span.Start-offset:tok.Span.End-offset] != tok.Text {
				t.Fatalf("token %d: text %q, span covers %q", i, tok.Text, text[tok.Span.Start-offset:tok.Span.End-offset])
			}
			if tok.Rel == "" {
				t.Fatalf("token %d: no relation", i)
			}
			if i > 0 && tok.Span.Start < s.Tokens[i-1].Span.End {
				t.Fatalf("token %d: span %v overlaps %v", i, tok.Span, s.Tokens[i-1].Span)
			}
		}
		if roots != 1 {
			t.Fatalf("%d roots", roots)
		}
		for i := range s.Tokens {
			steps := 0
			for j := i; j >= 0; j = s.Tokens[j].Head {
				if steps++; steps > len(s.Tokens) {
					t.Fatalf("token %d: heads form a cycle", i)
				}
			}
		}
	})
}
