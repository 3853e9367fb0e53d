package tag

import (
	"bufio"
	"bytes"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testtrees"
)

func TestTrainLearnsTinyTreebank(t *testing.T) {
	for _, folds := range []int{1, 2} {
		gold := testtrees.Tiny()
		tg, err := Train(gold, TrainOptions{Iterations: 8, Seed: 1, Folds: folds})
		if err != nil {
			t.Fatal(err)
		}
		// A perceptron with word features fits ten sentences perfectly.
		if u, x := tg.Accuracy(gold); u != 100 || x != 100 {
			t.Errorf("folds %d: training accuracy UPOS %.2f XPOS %.2f, want 100", folds, u, x)
		}
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	write := func() []byte {
		tg, err := Train(testtrees.Tiny(), TrainOptions{Iterations: 3, Seed: 7, Folds: 2})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		if err := tg.WriteTo(w); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		return b.Bytes()
	}
	if !bytes.Equal(write(), write()) {
		t.Error("two trainings with one seed gave different models")
	}
}

func TestWriteRead(t *testing.T) {
	gold := testtrees.Tiny()
	tg, err := Train(gold, TrainOptions{Iterations: 5, Seed: 1, Folds: 2})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := tg.WriteTo(w); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	back, err := Read(bufio.NewReader(bytes.NewReader(b.Bytes())))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		s1 := dyad.Sentence{Tokens: words(g)}
		s2 := dyad.Sentence{Tokens: words(g)}
		tg.Tag(&s1)
		back.Tag(&s2)
		if !slices.Equal(s1.Tokens, s2.Tokens) {
			t.Errorf("read-back tagger differs:\n%v\n%v", s1.Tokens, s2.Tokens)
		}
	}
	// Truncated files are errors, not panics.
	for n := 0; n < b.Len(); n += 1 + b.Len()/50 {
		if _, err := Read(bufio.NewReader(bytes.NewReader(b.Bytes()[:n]))); err == nil {
			t.Fatalf("no error for a file cut at %d of %d bytes", n, b.Len())
		}
	}
}

func words(g []dyad.Token) []dyad.Token {
	out := make([]dyad.Token, len(g))
	for i, t := range g {
		out[i] = dyad.Token{Text: t.Text, Head: -1}
	}
	return out
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(nil, TrainOptions{}); err == nil {
		t.Error("no error without data")
	}
	if _, err := Train([][]dyad.Token{{{Text: "x"}}}, TrainOptions{}); err == nil {
		t.Error("no error for untagged data")
	}
}

func TestShape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"McCain", "XxXxx"},
		{"1990s", "ddx"},
		{"U.S.", "X.X."},
		{"al-Maliki", "xx-Xxx"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := shape(tc.in); got != tc.want {
			t.Errorf("shape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLemma(t *testing.T) {
	sents := [][]dyad.Token{{
		{Text: "cities", XPOS: "NNS", UPOS: "NOUN", Lemma: "city"},
		{Text: "parties", XPOS: "NNS", UPOS: "NOUN", Lemma: "party"},
		{Text: "talks", XPOS: "NNS", UPOS: "NOUN", Lemma: "talk"},
		{Text: "troops", XPOS: "NNS", UPOS: "NOUN", Lemma: "troop"},
		{Text: "was", XPOS: "VBD", UPOS: "AUX", Lemma: "be"},
		{Text: "attacked", XPOS: "VBD", UPOS: "VERB", Lemma: "attack"},
		{Text: "signed", XPOS: "VBD", UPOS: "VERB", Lemma: "sign"},
	}}
	l := LearnLemmas(sents)
	tests := []struct{ form, upos, xpos, want string }{
		{"was", "AUX", "VBD", "be"},
		{"armies", "NOUN", "NNS", "army"},
		{"Rebels", "NOUN", "NNS", "rebel"},
		{"shelled", "VERB", "VBD", "shell"},
		{"Baghdad", "PROPN", "NNP", "Baghdad"},
	}
	for _, tc := range tests {
		if got := l.Lemma(tc.form, tc.upos, tc.xpos); got != tc.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
