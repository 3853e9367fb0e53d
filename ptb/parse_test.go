package ptb_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/ptb"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   string // the tree written back by String
		leaves int
	}{
		{"labelled root", "(ROOT (S (NP (NNP Klow)) (VP (VBD fell))))", "(ROOT (S (NP (NNP Klow)) (VP (VBD fell))))", 2},
		{"unlabelled root", "( (S (NP (NNP Klow)) (VP (VBD fell))))", "( (S (NP (NNP Klow)) (VP (VBD fell))))", 2},
		{"newlines and tabs", "(ROOT\n\t(S\n\t\t(NP (NNP Klow))\r\n\t\t(VP (VBD fell))))\n", "(ROOT (S (NP (NNP Klow)) (VP (VBD fell))))", 2},
		{"function tags kept apart", "(S (NP-SBJ-1 (NNP Klow)) (VP (VBD fell) (NP-TMP (NN today))))", "(S (NP-SBJ (NNP Klow)) (VP (VBD fell) (NP-TMP (NN today))))", 3},
		{"index after =", "(S (NP=2 (NNP Klow)) (VP (VBD fell)))", "(S (NP (NNP Klow)) (VP (VBD fell)))", 2},
		{"numeric index dropped", "(S (NP-3 (NNP Klow)) (VP (VBD fell)))", "(S (NP (NNP Klow)) (VP (VBD fell)))", 2},
		{"hyphenated tags kept whole", "(S (-LRB- -LRB-) (NP (NNP Klow)) (-RRB- -RRB-))", "(S (-LRB- -LRB-) (NP (NNP Klow)) (-RRB- -RRB-))", 3},
		{"empty elements dropped", "(S (NP-SBJ (-NONE- *T*-1)) (VP (VBD fell) (NP (-NONE- *))))", "(S (VP (VBD fell)))", 1},
		{"a single preterminal", "(NN peace)", "(NN peace)", 1},
		{"words with odd characters", "(S (NP (NNP U.N.)) (VP (VBD said) (NP (CD 1,000) (NNS km\u00b2))))", "(S (NP (NNP U.N.)) (VP (VBD said) (NP (CD 1,000) (NNS km\u00b2))))", 4},
		{"blanks inside brackets", "( S ( NP ( NNP Klow ) ) )", "(S (NP (NNP Klow)))", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := ptb.Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := n.String(); got != tt.want {
				t.Errorf("String() = %s, want %s", got, tt.want)
			}
			if got := len(n.Leaves()); got != tt.leaves {
				t.Errorf("%d leaves, want %d", got, tt.leaves)
			}
			// What String writes parses back to the same tree.
			again, err := ptb.Parse(n.String())
			if err != nil || again.String() != n.String() {
				t.Errorf("round trip: %v, %v", again, err)
			}
		})
	}
}

func TestParseNode(t *testing.T) {
	n, err := ptb.Parse("(ROOT (S (NP-SBJ (NNP Klow)) (VP (VBD fell))))")
	if err != nil {
		t.Fatal(err)
	}
	s := n.Kids[0]
	np := s.Kids[0]
	if np.Label != "NP" || np.Function != "SBJ" || np.Offset != 9 || np.IsLeaf() {
		t.Errorf("NP node = %+v", np)
	}
	leaf := np.Kids[0]
	if !leaf.IsLeaf() || leaf.Label != "NNP" || leaf.Word != "Klow" || leaf.Offset != 17 {
		t.Errorf("leaf = %+v", leaf)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		line   int
		offset int
		msg    string
	}{
		{"empty", "", 1, 0, "empty parse"},
		{"blank", "  \n ", 2, 4, "empty parse"},
		{"no bracket", "S (NP x)", 1, 0, "does not start with '('"},
		{"missing close", "(ROOT (S (NP (NNP Klow)) (VP (VBD fell)))", 1, 41, "missing ')'"},
		{"missing close over lines", "(ROOT\n(S (NP (NNP Klow))\n", 3, 25, "missing ')'"},
		{"extra close", "(S (NP (NNP Klow))))", 1, 19, "text after the end"},
		{"second tree", "(S (NN a)) (S (NN b))", 1, 11, "text after the end"},
		{"unclosed word", "(S (NN peace", 1, 12, "not closed"},
		{"word then bracket", "(S (NN peace (NN x)))", 1, 13, "not closed"},
		{"a bare word is an empty phrase", "(S ( peace))", 1, 12, "no words"},
		{"text inside a phrase", "(S (NP (NN a)) stray)", 1, 20, "unexpected text \"stray\""},
		{"no words", "(ROOT (S))", 1, 10, "no words"},
		{"only empty elements", "(S (-NONE- *))", 1, 14, "no words"},
		{"nested too deeply", strings.Repeat("(X ", 600) + "(NN a)" + strings.Repeat(")", 600), 1, 1503, "nested too deeply"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := ptb.Parse(tt.in)
			if err == nil {
				t.Fatalf("no error; parsed %v", n)
			}
			var se *ptb.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %T %v is not a *SyntaxError", err, err)
			}
			if se.Line != tt.line || se.Offset != tt.offset || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("error = line %d offset %d %q, want line %d offset %d containing %q", se.Line, se.Offset, se.Msg, tt.line, tt.offset, tt.msg)
			}
			if !strings.Contains(err.Error(), "line ") {
				t.Errorf("Error() = %q does not name the line", err.Error())
			}
		})
	}
}
