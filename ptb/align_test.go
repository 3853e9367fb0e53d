package ptb_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/ptb"
)

func TestToSentenceAlignment(t *testing.T) {
	tests := []struct {
		name  string
		parse string
		text  string
		want  []string // what each token's span covers; "" for a word not found
	}{
		{
			name:  "plain",
			parse: "(S (NP (NNP Klow)) (VP (VBD fell)) (. .))",
			text:  "Klow fell.",
			want:  []string{"Klow", "fell", "."},
		},
		{
			name:  "extra spacing",
			parse: "(S (NP (NNP Klow)) (VP (VBD fell)) (. .))",
			text:  "  Klow \t\n fell .",
			want:  []string{"Klow", "fell", "."},
		},
		{
			name:  "straight double quotes",
			parse: "(S (`` ``) (NP (NN peace)) ('' '') (VP (VBD failed)))",
			text:  `"peace" failed`,
			want:  []string{`"`, "peace", `"`, "failed"},
		},
		{
			name:  "curly double quotes",
			parse: "(S (`` ``) (NP (NN peace)) ('' '') (VP (VBD failed)))",
			text:  "“peace” failed",
			want:  []string{"“", "peace", "”", "failed"},
		},
		{
			name:  "doubled quote characters",
			parse: "(S (`` ``) (NP (NN peace)) ('' '') (VP (VBD failed)))",
			text:  "``peace'' failed",
			want:  []string{"``", "peace", "''", "failed"},
		},
		{
			name:  "curly single quotes",
			parse: "(S (`` `) (NP (NN peace)) ('' ') (VP (VBD failed)))",
			text:  "‘peace’ failed",
			want:  []string{"‘", "peace", "’", "failed"},
		},
		{
			name:  "n't straight",
			parse: "(S (NP (PRP We)) (VP (VBP do) (RB n't) (VP (VB know))))",
			text:  "We don't know",
			want:  []string{"We", "do", "n't", "know"},
		},
		{
			name:  "n't curly",
			parse: "(S (NP (PRP We)) (VP (MD wo) (RB n't) (VP (VB go))))",
			text:  "We won’t go",
			want:  []string{"We", "wo", "n’t", "go"},
		},
		{
			name:  "N'T upper case",
			parse: "(S (NP (PRP WE)) (VP (MD CA) (RB n't) (VP (VB GO))))",
			text:  "WE CAN'T GO",
			want:  []string{"WE", "CA", "N'T", "GO"},
		},
		{
			name:  "clitics curly",
			parse: "(S (NP (NP (NNP Klow) (POS 's)) (NN mayor)) (VP (VBZ 's) (VP (VBG leaving))))",
			text:  "Klow’s mayor’s leaving",
			want:  []string{"Klow", "’s", "mayor", "’s", "leaving"},
		},
		{
			name:  "apostrophe inside a word",
			parse: "(S (NP (NNP O'Hara)) (VP (VBD spoke)))",
			text:  "O’Hara spoke",
			want:  []string{"O’Hara", "spoke"},
		},
		{
			name:  "brackets",
			parse: "(NP (NNP SNA) (-LRB- -LRB-) (NNP Klow) (-RRB- -RRB-) (-LSB- -LSB-) (NN x) (-RSB- -RSB-) (-LCB- -LCB-) (NN y) (-RCB- -RCB-))",
			text:  "SNA (Klow) [x] {y}",
			want:  []string{"SNA", "(", "Klow", ")", "[", "x", "]", "{", "y", "}"},
		},
		{
			name:  "dashes and ellipsis",
			parse: "(S (NP (NN a)) (: --) (NP (NN b)) (: --) (NP (NN c)) (: ...) (NP (NN d)) (: ...))",
			text:  "a — b – c … d . . .",
			want:  []string{"a", "—", "b", "–", "c", "…", "d", ". . ."},
		},
		{
			name:  "a word the text lacks",
			parse: "(S (NP (NNP Klow)) (VP (VBD burned) (ADVP (RB again))))",
			text:  "Klow fell again",
			want:  []string{"Klow", "", "again"},
		},
		{
			name:  "text shorter than the parse",
			parse: "(S (NP (NNP Klow)) (VP (VBD fell) (ADVP (RB again))))",
			text:  "Klow",
			want:  []string{"Klow", "", ""},
		},
		{
			name:  "empty text",
			parse: "(S (NP (NNP Klow)) (VP (VBD fell)))",
			text:  "",
			want:  []string{"", ""},
		},
		{
			name:  "word far ahead is not searched for",
			parse: "(S (NP (NNP Klow)) (VP (VBD fell)))",
			text:  "Klow " + strings.Repeat("and so on ", 20) + "fell",
			want:  []string{"Klow", ""},
		},
		{
			name:  "repeated words align in order",
			parse: "(S (NP (NN talk)) (CC and) (NP (NN talk)))",
			text:  "talk and talk",
			want:  []string{"talk", "and", "talk"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := ptb.Parse(tt.parse)
			if err != nil {
				t.Fatal(err)
			}
			const offset = 7
			doc := "Intro. " + tt.text
			s := ptb.ToSentence(tree, tt.text, offset)
			checkSentence(t, s, doc)
			if len(s.Tokens) != len(tt.want) {
				t.Fatalf("%d tokens, want %d", len(s.Tokens), len(tt.want))
			}
			for i, w := range tt.want {
				tok := s.Tokens[i]
				if got := tok.Span.Of(doc); got != w {
					t.Errorf("token %d %q: span %v covers %q, want %q", i, tok.Text, tok.Span, got, w)
				}
				if w != "" && tok.Text != w {
					t.Errorf("token %d: Text %q, want the text's own form %q", i, tok.Text, w)
				}
				if tok.Span.Start < offset {
					t.Errorf("token %d: span %v before the sentence", i, tok.Span)
				}
			}
		})
	}
}

func TestToSentenceUPOS(t *testing.T) {
	tree, err := ptb.Parse("(S (NP (DT The) (JJ old) (NNP Klow) (NNS guards) (CD 2)) (VP (MD may) (RB not) (VP (VB be) (VP (VBN sent) (PRT (RP out)) (PP (IN into) (NP (PRP$ their) (NN post))) (, ,) (UH well) (SYM +) ($ $) (FW ad) (WRB why)))) (. .))")
	if err != nil {
		t.Fatal(err)
	}
	s := ptb.ToSentence(tree, "", 0)
	want := []string{"DET", "ADJ", "PROPN", "NOUN", "NUM", "AUX", "PART", "AUX", "VERB", "ADP", "ADP", "PRON", "NOUN", "PUNCT", "INTJ", "SYM", "SYM", "X", "ADV", "PUNCT"}
	if len(s.Tokens) != len(want) {
		t.Fatalf("%d tokens", len(s.Tokens))
	}
	for i, w := range want {
		if s.Tokens[i].UPOS != w {
			t.Errorf("%s/%s: UPOS %s, want %s", s.Tokens[i].Text, s.Tokens[i].XPOS, s.Tokens[i].UPOS, w)
		}
	}
}

func TestToSentenceHandBuiltTree(t *testing.T) {
	// Trees built by hand, not by Parse, convert too.
	leaf := func(tag, w string) *ptb.Node { return &ptb.Node{Label: tag, Word: w} }
	tree := &ptb.Node{Label: "S", Kids: []*ptb.Node{
		{Label: "NP", Kids: []*ptb.Node{leaf("NNP", "Klow")}},
		{Label: "VP", Kids: []*ptb.Node{leaf("VBD", "fell")}},
	}}
	s := ptb.ToSentence(tree, "Klow fell", 0)
	if len(s.Tokens) != 2 || s.Tokens[0].Head != 1 || s.Tokens[0].Rel != "nsubj" || s.Tokens[1].Head != -1 {
		t.Errorf("tokens = %+v", s.Tokens)
	}
}
