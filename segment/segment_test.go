package segment_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/segeval"
	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/token"
)

func TestSentences(t *testing.T) {
	wire, err := os.ReadFile(filepath.Join("testdata", "wire.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(wire)
	sents := segment.Sentences(text)
	if len(sents) < 40 {
		t.Fatalf("%d sentences in the wire stories, want at least 40", len(sents))
	}
	prev := 0
	for i, s := range sents {
		if s.Index != i || s.Span.Start < prev || s.Text != s.Span.Of(text) || len(s.Tokens) == 0 {
			t.Fatalf("sentence %d: index %d span %v text %q with %d tokens", i, s.Index, s.Span, s.Text, len(s.Tokens))
		}
		for _, tok := range s.Tokens {
			if tok.Span.Start < s.Span.Start || tok.Span.End > s.Span.End || tok.Span.Of(text) != tok.Text {
				t.Fatalf("sentence %d: token %q %v outside %v", i, tok.Text, tok.Span, s.Span)
			}
		}
		prev = s.Span.End
	}
}

// TestUD scores the splitter and tokenizer on the raw text of the UD
// development sets in ../shared/ud, when they are there, and fails when a
// change makes them clearly worse than the figures in the README.
func TestUD(t *testing.T) {
	for _, tt := range []struct {
		file              string
		tokens, sentences float64 // lowest acceptable F1
	}{
		{"en_ewt-ud-dev.conllu", 98.5, 84},
		{"gum-cc-dev.conllu", 99.0, 93},
	} {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(shared.Path(t, "ud", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			g, err := segeval.Read(f, tt.file)
			var problems dyad.ErrorList
			if err != nil && !errors.As(err, &problems) {
				t.Fatal(err)
			}
			if len(problems) > 0 {
				t.Errorf("%d lines not aligned, first: %v", len(problems), problems[0])
			}
			r := segeval.Evaluate(g, segeval.Segment(g, sentence.New(), token.New()))
			t.Logf("tokens F1 %.2f, sentences F1 %.2f", r.Tokens.F1(), r.Sentences.F1())
			if r.Tokens.F1() < tt.tokens {
				t.Errorf("tokens F1 %.2f < %.1f", r.Tokens.F1(), tt.tokens)
			}
			if r.Sentences.F1() < tt.sentences {
				t.Errorf("sentences F1 %.2f < %.1f", r.Sentences.F1(), tt.sentences)
			}
		})
	}
}

func ExampleSentences() {
	text := "KABUL, Afghanistan (AP) — Gen. Ross met U.S. envoys. They didn't talk."
	for _, s := range segment.Sentences(text) {
		fmt.Printf("%d %q:", s.Index, s.Text)
		for _, t := range s.Tokens {
			fmt.Printf(" %s", t.Text)
		}
		fmt.Println()
	}
	// Output:
	// 0 "KABUL, Afghanistan (AP) —": KABUL , Afghanistan ( AP ) —
	// 1 "Gen. Ross met U.S. envoys.": Gen. Ross met U.S. envoys .
	// 2 "They didn't talk.": They did n't talk .
}
