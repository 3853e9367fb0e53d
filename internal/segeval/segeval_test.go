package segeval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/segeval"
	"github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/token"
)

func readSmall(t *testing.T) (*segeval.Gold, dyad.ErrorList) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "small.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := segeval.Read(f, "small.conllu")
	var list dyad.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatal(err)
	}
	return g, list
}

func spans(text string, ss []dyad.Span) string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Of(text))
	}
	return strings.Join(out, "|")
}

func TestRead(t *testing.T) {
	g, problems := readSmall(t)
	wantText := "The envoy didn't come. He left\n\nIraq agreed! Bad line"
	if g.Text != wantText {
		t.Errorf("text %q, want %q", g.Text, wantText)
	}
	if got, want := spans(g.Text, g.Sentences), "The envoy didn't come.|He left|Iraq agreed!|Bad line"; got != want {
		t.Errorf("sentences %q, want %q", got, want)
	}
	// The contraction's words spell it, so each gets its part; the empty
	// node 2.1 has no text; the last sentence does not match its text.
	if got, want := spans(g.Text, g.Words), "The|envoy|did|n't|come|.|He|left|Iraq|agreed|!"; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
	if len(problems) != 1 || problems[0].Pos.Line != 27 || !strings.Contains(problems[0].Msg, `"Wrong"`) {
		t.Errorf("problems %v, want one at line 27 about \"Wrong\"", problems)
	}
}

func TestEvaluate(t *testing.T) {
	g, _ := readSmall(t)
	perfect := segeval.Evaluate(g, segeval.System{Sentences: g.Sentences, Tokens: g.Words})
	if perfect.Tokens.F1() != 100 || perfect.Sentences.F1() != 100 {
		t.Errorf("gold against itself: %+v", perfect)
	}
	// White space at the edges of a span does not matter.
	padded := append([]dyad.Span(nil), g.Sentences...)
	padded[1].End++ // "He left" plus the line break after it
	if r := segeval.Evaluate(g, segeval.System{Sentences: padded}); r.Sentences.Correct != 4 {
		t.Errorf("padded sentence not matched: %+v", r.Sentences)
	}
	sys := segeval.Segment(g, sentence.New(), token.New())
	r := segeval.Evaluate(g, sys)
	// Our splitter joins "He left" to nothing else (it follows a stop), and
	// the tokenizer finds every gold word; "Bad line" yields two tokens
	// that are not gold.
	if r.Sentences != (segeval.Score{Gold: 4, System: 4, Correct: 4}) {
		t.Errorf("sentences %+v", r.Sentences)
	}
	if r.Tokens != (segeval.Score{Gold: 11, System: 13, Correct: 11}) {
		t.Errorf("tokens %+v", r.Tokens)
	}
	if p, rc, f := r.Tokens.Precision(), r.Tokens.Recall(), r.Tokens.F1(); p < 84.6 || p > 84.7 || rc != 100 || f < 91.6 || f > 91.7 {
		t.Errorf("P %.2f R %.2f F1 %.2f", p, rc, f)
	}
	var zero segeval.Score
	if zero.F1() != 0 || zero.Precision() != 0 {
		t.Error("empty score is not 0")
	}
}

func TestWriteErrors(t *testing.T) {
	g, _ := readSmall(t)
	sys := segeval.System{Sentences: g.Sentences[:1], Tokens: g.Words[1:]}
	var b strings.Builder
	segeval.WriteErrors(&b, g, sys, 5)
	out := b.String()
	for _, want := range []string{"The  ", "The |", "missed The envoy didn't come. ‖ He left"} {
		if !strings.Contains(out, want) {
			t.Errorf("error report lacks %q:\n%s", want, out)
		}
	}
}

// FuzzRead checks that the reader never panics and that whatever it
// returns lies inside its text, in order.
func FuzzRead(f *testing.F) {
	small, err := os.ReadFile(filepath.Join("testdata", "small.conllu"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(small))
	f.Add("# text = a b\n1-3\tab\n1\ta\n\n1\tx\n")
	f.Add("1\n\n# newpar\n2-1\tx\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, _ := segeval.Read(strings.NewReader(data), "fuzz")
		for _, list := range [][]dyad.Span{g.Sentences, g.Words} {
			prev := 0
			for _, s := range list {
				if s.Start < prev || s.End < s.Start || s.End > len(g.Text) {
					t.Fatalf("span %v out of order or outside the text of %d bytes", s, len(g.Text))
				}
				prev = s.Start
			}
		}
	})
}
