package parse

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testtrees"
)

func TestTrainLearnsTinyTreebank(t *testing.T) {
	gold := testtrees.Tiny()
	p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	sc := p.Score(gold)
	if sc.UAS != 100 || sc.LAS != 100 {
		t.Errorf("training scores %+v, want 100", sc)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	write := func() []byte {
		p, err := Train(testtrees.Tiny(), TrainOptions{MinDirection: 1, Iterations: 3, Seed: 3})
		if err != nil {
			t.Fatal(err)
		}
		return encode(t, p)
	}
	if !bytes.Equal(write(), write()) {
		t.Error("two trainings with one seed gave different models")
	}
}

// encode returns p as WriteTo stores it.
func encode(t testing.TB, p *Parser) []byte {
	t.Helper()
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	if err := p.WriteTo(w); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWriteRead(t *testing.T) {
	gold := testtrees.Tiny()
	plain, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	revised, _ := revisedTinyParser(t)
	for _, tc := range []struct {
		name string
		p    *Parser
	}{{"plain", plain}, {"revised", revised}} {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			data := encode(t, p)
			back, err := Read(bufio.NewReader(bytes.NewReader(data)))
			if err != nil {
				t.Fatal(err)
			}
			if back.Revises() != p.Revises() {
				t.Errorf("revises: %v before writing, %v after", p.Revises(), back.Revises())
			}
			checkSameParses(t, p, back, gold)
			for n := 0; n < len(data); n += 1 + len(data)/50 {
				if _, err := Read(bufio.NewReader(bytes.NewReader(data[:n]))); err == nil {
					t.Fatalf("no error for a file cut at %d of %d bytes", n, len(data))
				}
			}
		})
	}
}

// Whatever the input, the parse is a tree: one root, every head inside the
// sentence, no cycles, a label on every word.
func TestParseAlwaysGivesATree(t *testing.T) {
	p, err := Train(testtrees.Tiny(), TrainOptions{MinDirection: 1, Iterations: 3, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := []string{"the", "army", "attacked", ".", ",", "and", "Iraq", "said", "xyzzy", "of"}
	tags := []string{"DT", "NN", "VBD", ".", ",", "CC", "NNP", "IN", "JJ"}
	for range 300 {
		n := rng.IntN(40)
		s := dyad.Sentence{}
		for range n {
			s.Tokens = append(s.Tokens, dyad.Token{Text: vocab[rng.IntN(len(vocab))], XPOS: tags[rng.IntN(len(tags))]})
		}
		p.Parse(&s)
		checkTree(t, s.Tokens)
	}
}

func checkTree(t *testing.T, toks []dyad.Token) {
	t.Helper()
	roots := 0
	for i, tk := range toks {
		if tk.Rel == "" {
			t.Fatalf("word %d has no relation", i)
		}
		if tk.Head == -1 {
			roots++
			if tk.Rel != RootLabel {
				t.Fatalf("root word %d has relation %q", i, tk.Rel)
			}
			continue
		}
		if tk.Head < 0 || tk.Head >= len(toks) || tk.Head == i {
			t.Fatalf("word %d has head %d", i, tk.Head)
		}
		// Climb: must reach the root within n steps.
		h, steps := i, 0
		for h != -1 && steps <= len(toks) {
			h = toks[h].Head
			steps++
		}
		if h != -1 {
			t.Fatalf("word %d is on a cycle", i)
		}
	}
	if len(toks) > 0 && roots != 1 {
		t.Fatalf("%d roots", roots)
	}
}

// The dynamic oracle's least-cost path rebuilds every projective gold tree.
func TestOracleFollowsGold(t *testing.T) {
	gold := testtrees.Tiny()
	p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	labelOf := map[string]int32{}
	for i, l := range p.labels {
		labelOf[l] = int32(i)
	}
	for _, g := range gold {
		n := len(g)
		it := item{sent: newSentence(g), head: make([]int32, n), label: make([]int32, n)}
		for i, tk := range g {
			it.head[i], it.label[i] = int32(tk.Head), labelOf[tk.Rel]
			if tk.Head < 0 {
				it.head[i] = int32(n)
			}
		}
		st := newState(n)
		scores := make([]float32, p.classes.len())
		for !st.terminal() {
			c, _ := oracle(st, &it, scores, &p.classes, 0)
			p.classes.apply(st, c)
		}
		for i := range g {
			if st.head[i] != it.head[i] || st.label[i] != it.label[i] {
				t.Errorf("oracle path gave word %d head %d label %d, want %d %d", i, st.head[i], st.label[i], it.head[i], it.label[i])
			}
		}
	}
}

func TestUniversal(t *testing.T) {
	for in, want := range map[string]string{"nsubj:pass": "nsubj", "obj": "obj", "": ""} {
		if got := Universal(in); got != want {
			t.Errorf("Universal(%q) = %q", in, got)
		}
	}
}

func TestEmptySentence(t *testing.T) {
	p, err := Train(testtrees.Tiny(), TrainOptions{MinDirection: 1, Iterations: 1, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var s dyad.Sentence
	p.Parse(&s)
	one := dyad.Sentence{Tokens: []dyad.Token{{Text: "Hello", XPOS: "UH"}}}
	p.Parse(&one)
	if one.Tokens[0].Head != -1 || one.Tokens[0].Rel != RootLabel {
		t.Errorf("one-word sentence parsed as %+v", one.Tokens[0])
	}
	_ = slices.Clone(s.Tokens)
}

func TestReverseParser(t *testing.T) {
	gold := testtrees.Tiny()
	p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 10, Seed: 1, Reverse: true})
	if err != nil {
		t.Fatal(err)
	}
	if sc := p.Score(gold); sc.UAS != 100 || sc.LAS != 100 {
		t.Errorf("right-to-left parser on its training data: %+v", sc)
	}
	back, err := Read(bufio.NewReader(bytes.NewReader(encode(t, p))))
	if err != nil || !back.reverse {
		t.Fatalf("read back: %v, reverse %v", err, back != nil && back.reverse)
	}
}

func TestReverseTokens(t *testing.T) {
	toks := []dyad.Token{{Text: "a", Head: 1}, {Text: "b", Head: -1}, {Text: "c", Head: 1}}
	r := reverseTokens(toks)
	want := []dyad.Token{{Text: "c", Head: 1}, {Text: "b", Head: -1}, {Text: "a", Head: 1}}
	if !slices.Equal(r, want) {
		t.Errorf("reverseTokens = %v", r)
	}
	if back := reverseTokens(r); !slices.Equal(back, toks) {
		t.Errorf("reversing twice = %v", back)
	}
}
