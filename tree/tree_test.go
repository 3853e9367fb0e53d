package tree_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/tree"
)

// sentence builds a sentence from blank-separated words and their heads,
// with spans as if the words were joined by single blanks.
func sentence(text string, heads ...int) *dyad.Sentence {
	s := &dyad.Sentence{Text: text}
	pos := 0
	for i, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, dyad.Token{Text: w, Span: dyad.Span{Start: pos, End: pos + len(w)}, Head: heads[i]})
		pos += len(w) + 1
	}
	return s
}

func TestNewHeads(t *testing.T) {
	tests := []struct {
		name  string
		heads []int
		clean []int // heads after cleaning
		roots []int
		lo    []int
		hi    []int
	}{
		{
			name:  "a proper tree",
			heads: []int{1, -1, 3, 1},
			clean: []int{1, -1, 3, 1},
			roots: []int{1},
			lo:    []int{0, 0, 2, 2},
			hi:    []int{0, 3, 2, 3},
		},
		{
			name:  "out of range and self heads become roots",
			heads: []int{7, -5, 2},
			clean: []int{-1, -1, -1},
			roots: []int{0, 1, 2},
			lo:    []int{0, 1, 2},
			hi:    []int{0, 1, 2},
		},
		{
			name:  "a cycle is broken where the walk closes it",
			heads: []int{1, 2, 0},
			clean: []int{-1, 2, 0},
			roots: []int{0},
			lo:    []int{0, 1, 1},
			hi:    []int{2, 1, 2},
		},
		{
			name:  "two cycles and a chain into one",
			heads: []int{1, 0, 1, 5, 3, 4},
			clean: []int{-1, 0, 1, -1, 3, 4},
			roots: []int{0, 3},
			lo:    []int{0, 1, 2, 3, 4, 5},
			hi:    []int{2, 2, 2, 5, 5, 5},
		},
		{
			name:  "two-token cycle",
			heads: []int{1, 0},
			clean: []int{-1, 0},
			roots: []int{0},
			lo:    []int{0, 1},
			hi:    []int{1, 1},
		},
		{
			name:  "non-projective subtree extents",
			heads: []int{-1, 3, 0, 0},
			clean: []int{-1, 3, 0, 0},
			roots: []int{0},
			lo:    []int{0, 1, 2, 1},
			hi:    []int{3, 1, 2, 3},
		},
		{
			name: "empty sentence",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := make([]string, len(tt.heads))
			for i := range words {
				words[i] = "w"
			}
			s := sentence(strings.Join(words, " "), tt.heads...)
			tr := tree.New(s)
			if tr.Len() != len(tt.heads) {
				t.Fatalf("Len = %d", tr.Len())
			}
			var clean []int
			for i := range tt.heads {
				clean = append(clean, tr.Head(i))
			}
			if !slices.Equal(clean, tt.clean) {
				t.Errorf("heads %v, want %v", clean, tt.clean)
			}
			if !slices.Equal(tr.Roots, tt.roots) {
				t.Errorf("roots %v, want %v", tr.Roots, tt.roots)
			}
			if len(tt.heads) > 0 && (!slices.Equal(tr.Lo, tt.lo) || !slices.Equal(tr.Hi, tt.hi)) {
				t.Errorf("extents lo %v hi %v, want lo %v hi %v", tr.Lo, tr.Hi, tt.lo, tt.hi)
			}
			// Kids agree with the cleaned heads, in token order.
			for h := range tt.heads {
				var want []int
				for i, c := range clean {
					if c == h {
						want = append(want, i)
					}
				}
				if !slices.Equal(tr.Kids[h], want) {
					t.Errorf("Kids[%d] = %v, want %v", h, tr.Kids[h], want)
				}
			}
			// The sentence itself is left alone.
			for i, tok := range s.Tokens {
				if tok.Head != tt.heads[i] {
					t.Errorf("token %d head changed to %d", i, tok.Head)
				}
			}
		})
	}
}

func TestTreeQueries(t *testing.T) {
	// "Bordurian police arrested two smugglers" with UD relations.
	s := sentence("Bordurian police arrested two smugglers", 1, 2, -1, 4, 2)
	rels := []string{"amod", "nsubj", "root", "nummod", "obj"}
	upos := []string{"ADJ", "NOUN", "VERB", "NUM", "NOUN"}
	xpos := []string{"JJ", "NNS", "VBD", "CD", "NNS"}
	for i := range s.Tokens {
		s.Tokens[i].Rel, s.Tokens[i].UPOS, s.Tokens[i].XPOS = rels[i], upos[i], xpos[i]
	}
	tr := tree.New(s)

	if want := []string{"BORDURIAN", "POLICE", "ARRESTED", "TWO", "SMUGGLERS"}; !slices.Equal(tr.Words, want) {
		t.Errorf("Words = %v", tr.Words)
	}
	if !tr.Contains(2, 0) || !tr.Contains(1, 0) || tr.Contains(4, 0) || !tr.Contains(3, 3) {
		t.Error("Contains wrong")
	}
	if c := tr.Child(2, "obj"); c != 4 {
		t.Errorf("Child(obj) = %d", c)
	}
	if c := tr.Child(2, "iobj", "nsubj"); c != 1 {
		t.Errorf("Child(iobj, nsubj) = %d", c)
	}
	if c := tr.Child(2, "obl"); c != -1 {
		t.Errorf("Child(obl) = %d", c)
	}
	if !tr.IsVerb(2) || tr.IsVerb(1) {
		t.Error("IsVerb wrong")
	}
	if !tr.IsNominal(1) || !tr.IsNominal(3) || tr.IsNominal(0) || tr.IsNominal(2) {
		t.Error("IsNominal wrong")
	}
	if sp := tr.Span(0, 1); sp.Of(s.Text) != "Bordurian police" {
		t.Errorf("Span(0,1) = %v", sp)
	}
	for _, bad := range [][2]int{{-1, 0}, {0, 5}, {3, 2}} {
		if sp := tr.Span(bad[0], bad[1]); !sp.IsZero() {
			t.Errorf("Span%v = %v, want zero", bad, sp)
		}
	}
	if tr.Tok(4).Text != "smugglers" || tr.Rel(4) != "obj" {
		t.Error("Tok or Rel wrong")
	}
}

func TestTreeRelationSubtypes(t *testing.T) {
	s := sentence("Klow was shelled by rebels", 2, 2, -1, 4, 2)
	for i, r := range []string{"nsubj:pass", "aux:pass", "root", "case", "obl:agent"} {
		s.Tokens[i].Rel = r
	}
	s.Tokens[1].UPOS, s.Tokens[1].XPOS = "AUX", "VBD"
	s.Tokens[2].UPOS, s.Tokens[2].XPOS = "VERB", "VBN"
	tr := tree.New(s)
	if tr.BaseRel(0) != "nsubj" || tr.BaseRel(3) != "case" || tr.Rel(0) != "nsubj:pass" {
		t.Error("BaseRel wrong")
	}
	if c := tr.Child(2, "nsubj"); c != 0 {
		t.Errorf("Child(nsubj) = %d, want the nsubj:pass token", c)
	}
	if c := tr.Child(2, "obl:agent"); c != 4 {
		t.Errorf("Child(obl:agent) = %d", c)
	}
	if tr.IsVerb(1) {
		t.Error("an aux:pass is a verb heading a predication")
	}
	// A noun tagged only by its Penn tag is nominal.
	s2 := sentence("Klow", -1)
	s2.Tokens[0].XPOS = "NNP"
	if !tree.New(s2).IsNominal(0) {
		t.Error("untagged NNP not nominal")
	}
}
