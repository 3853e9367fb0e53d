package parse

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testtrees"
)

// tinyTree builds the reviser's view of a sentence given as words, XPOS
// tags, heads (-1 for the root word) and relations.
func tinyTree(words, tags []string, heads []int32, rels []string, labels []string) *revTree {
	toks := make([]dyad.Token, len(words))
	label := make([]int32, len(words))
	for i := range words {
		toks[i] = dyad.Token{Text: words[i], XPOS: tags[i], UPOS: tags[i]}
		label[i] = int32(slices.Index(labels, rels[i]))
	}
	var t revTree
	t.build(newSentence(toks), slices.Clone(heads), label, newRevLabels(labels))
	t.margin = make([]float32, len(words))
	return &t
}

func TestReviserCandidates(t *testing.T) {
	labels := []string{"case", "det", "nmod", "nsubj", "obj", "root"}
	// Troops attacked the town on Monday, with "on Monday" hung from
	// "town".
	tr := tinyTree(
		[]string{"Troops", "attacked", "the", "town", "on", "Monday"},
		[]string{"NNS", "VBD", "DT", "NN", "IN", "NNP"},
		[]int32{1, -1, 3, 1, 5, 3},
		[]string{"nsubj", "root", "det", "obj", "case", "nmod"},
		labels)
	tests := []struct {
		name string
		word int32
		want []int32
	}{
		// "Monday" can stay with "town" or move up to "attacked".
		{"phrase at the end", 5, []int32{3, 1}},
		// "the" can go to "attacked" (nested inside its arc to "town")
		// or stay; never past "town".
		{"determiner", 2, []int32{1, 3}},
		// "on" may hang from "town" or "Monday"; from "attacked" it would
		// cross the arc from "town" to "Monday".
		{"preposition", 4, []int32{3, 5}},
		// "Troops" can only hang from "attacked".
		{"first word", 0, []int32{1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tr.candidates(nil, tc.word)
			if !slices.Equal(got, tc.want) {
				t.Errorf("candidates(%d) = %v, want %v", tc.word, got, tc.want)
			}
			if !slices.Contains(got, tr.head[tc.word]) {
				t.Errorf("the current head %d is not a candidate", tr.head[tc.word])
			}
		})
	}
}

// corrupt moves, in a copy of each gold tree, one word whose grandparent
// could take it without crossing an arc to that grandparent: the kind of
// attachment mistake a greedy parser makes.
func corrupt(gold [][]dyad.Token, labels []string) [][]dyad.Token {
	var out [][]dyad.Token
	for _, g := range gold {
		toks := slices.Clone(g)
		heads := make([]int32, len(toks))
		rels := make([]string, len(toks))
		words, tags := make([]string, len(toks)), make([]string, len(toks))
		for i, tk := range toks {
			heads[i], rels[i], words[i], tags[i] = int32(tk.Head), tk.Rel, tk.Text, tk.XPOS
		}
		tr := tinyTree(words, tags, heads, rels, labels)
		for d := len(toks) - 1; d >= 0; d-- {
			h := tr.head[d]
			if h < 0 || tr.head[h] < 0 || toks[d].UPOS == "PUNCT" {
				continue
			}
			if slices.Contains(tr.candidates(nil, int32(d)), tr.head[h]) {
				toks[d].Head = int(tr.head[h])
				break
			}
		}
		out = append(out, toks)
	}
	return out
}

func TestReviserLearnsToUndoMistakes(t *testing.T) {
	gold := testtrees.Tiny()
	p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	pred := corrupt(gold, p.labels)
	margins := zeroMargins(pred)
	wrongBefore := 0
	for i := range pred {
		for d := range pred[i] {
			if pred[i][d].Head != gold[i][d].Head {
				wrongBefore++
			}
		}
	}
	if wrongBefore == 0 {
		t.Fatal("corrupt changed nothing")
	}
	r := TrainReviser(pred, margins, gold, p.labels, ReviseOptions{Seed: 1, Iterations: 10})
	p.SetReviser(r)
	wrongAfter := 0
	for i, toks := range pred {
		head := make([]int32, len(toks))
		label := make([]int32, len(toks))
		for d, tk := range toks {
			head[d], label[d] = int32(tk.Head), int32(slices.Index(p.labels, tk.Rel))
		}
		var tr revTree
		tr.build(newSentence(toks), head, label, p.revLabels)
		tr.margin = margins[i]
		r.revise(&tr)
		for d := range toks {
			if int(tr.head[d]) != gold[i][d].Head {
				wrongAfter++
			}
		}
	}
	if wrongAfter*2 > wrongBefore {
		t.Errorf("revising its training data left %d of %d wrong heads", wrongAfter, wrongBefore)
	}
}

// revisedTinyParser trains a parser and a reviser on the tiny treebank.
func revisedTinyParser(t testing.TB) (*Parser, [][]dyad.Token) {
	t.Helper()
	gold := testtrees.Tiny()
	p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	pred := corrupt(gold, p.labels)
	p.SetReviser(TrainReviser(pred, zeroMargins(pred), gold, p.labels, ReviseOptions{Seed: 1}))
	return p, gold
}

// zeroMargins gives every word of pred the margin of a hesitant parser.
func zeroMargins(pred [][]dyad.Token) [][]float32 {
	out := make([][]float32, len(pred))
	for i := range pred {
		out[i] = make([]float32, len(pred[i]))
	}
	return out
}

// With a reviser, the parse is still a projective tree with one root,
// whatever the input.
func TestRevisedParseIsAProjectiveTree(t *testing.T) {
	p, _ := revisedTinyParser(t)
	rng := rand.New(rand.NewPCG(5, 6))
	vocab := []string{"the", "army", "attacked", ".", ",", "and", "Iraq", "said", "on", "Monday"}
	tags := []string{"DT", "NN", "VBD", ".", ",", "CC", "NNP", "IN", "NNP"}
	for range 300 {
		var s dyad.Sentence
		for range rng.IntN(40) {
			s.Tokens = append(s.Tokens, dyad.Token{Text: vocab[rng.IntN(len(vocab))], XPOS: tags[rng.IntN(len(tags))]})
		}
		p.Parse(&s)
		checkTree(t, s.Tokens)
		checkProjective(t, s.Tokens)
	}
}

func checkProjective(t *testing.T, toks []dyad.Token) {
	t.Helper()
	for d, tk := range toks {
		if tk.Head < 0 {
			continue
		}
		a, b := min(d, tk.Head), max(d, tk.Head)
		for e, uk := range toks {
			if uk.Head < 0 || e == d {
				continue
			}
			l, r := min(e, uk.Head), max(e, uk.Head)
			if l < a && a < r && r < b || a < l && l < b && b < r {
				t.Fatalf("arcs %d-%d and %d-%d cross", tk.Head, d, uk.Head, e)
			}
		}
	}
}

func TestMean(t *testing.T) {
	gold := testtrees.Tiny()
	a, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 5, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	self, err := Mean(a, a)
	if err != nil {
		t.Fatal(err)
	}
	checkSameParses(t, a, self, gold)
	ab, err := Mean(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if sc := ab.Score(gold); sc.UAS < 90 {
		t.Errorf("mean of two parsers on their training data: %+v", sc)
	}
	r, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 2, Seed: 1, Reverse: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Mean(a, r); err == nil {
		t.Error("no error averaging parsers that read in opposite directions")
	}
	if _, err := Mean(); err == nil {
		t.Error("no error averaging no parsers")
	}
}

// checkSameParses fails unless a and b parse every sentence alike.
func checkSameParses(t *testing.T, a, b *Parser, sents [][]dyad.Token) {
	t.Helper()
	for _, s := range sents {
		x := dyad.Sentence{Tokens: slices.Clone(s)}
		y := dyad.Sentence{Tokens: slices.Clone(s)}
		a.Parse(&x)
		b.Parse(&y)
		if !slices.Equal(x.Tokens, y.Tokens) {
			t.Fatalf("parsers differ:\n%v\n%v", x.Tokens, y.Tokens)
		}
	}
}

// A sentence longer than maxReviseWords keeps the parser's tree: the
// reviser's work would grow with the cube of its length.
func TestLongSentenceIsNotRevised(t *testing.T) {
	p, _ := revisedTinyParser(t)
	plain := *p
	plain.SetReviser(nil)
	vocab := []string{"the", "army", "attacked", "town", ",", "and", "Iraq", "said", "on", "Monday"}
	tags := []string{"DT", "NN", "VBD", "NN", ",", "CC", "NNP", "VBD", "IN", "NNP"}
	var long dyad.Sentence
	for i := range maxReviseWords + 1 {
		long.Tokens = append(long.Tokens, dyad.Token{Text: vocab[i%len(vocab)], XPOS: tags[i%len(tags)]})
	}
	heads := func(pp *Parser, s dyad.Sentence) []int {
		s.Tokens = slices.Clone(s.Tokens)
		pp.Parse(&s)
		var out []int
		for _, tk := range s.Tokens {
			out = append(out, tk.Head)
		}
		return out
	}
	if !slices.Equal(heads(p, long), heads(&plain, long)) {
		t.Errorf("a sentence of %d words was revised", len(long.Tokens))
	}
}
