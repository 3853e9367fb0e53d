package parse

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testtrees"
)

func TestSupertagClass(t *testing.T) {
	// Rebels attacked the town .
	toks := []dyad.Token{
		{Text: "Rebels", Head: 1, Rel: "nsubj"},
		{Text: "attacked", Head: -1, Rel: "root"},
		{Text: "the", Head: 3, Rel: "det"},
		{Text: "town", Head: 1, Rel: "obl:npmod"},
		{Text: ".", Head: 1, Rel: "punct"},
	}
	want := []string{"nsubj/R", "root", "det/R", "obl/L", "punct/L"}
	for i, w := range want {
		if got := supertagClass(toks, i); got != w {
			t.Errorf("word %d: %q, want %q", i, got, w)
		}
	}
}

// A parser with a supertagger learns the tiny treebank, reads back as it
// was written, is the same for the same seed, and reports files cut short.
func TestTrainWithSupertags(t *testing.T) {
	gold := testtrees.Tiny()
	for _, tc := range []struct {
		name    string
		reverse bool
	}{{"left to right", false}, {"right to left", true}} {
		t.Run(tc.name, func(t *testing.T) {
			opt := TrainOptions{MinDirection: 1, Iterations: 10, Seed: 1, Supertags: true, SupertagFolds: 2, Reverse: tc.reverse}
			p, err := Train(gold, opt)
			if err != nil {
				t.Fatal(err)
			}
			if p.super == nil || len(p.super.names) == 0 {
				t.Fatalf("supertagger %+v", p.super)
			}
			// The supertags the parser trains on are jack-knifed, and on
			// ten sentences they are poor guesses: near-perfect will do.
			if sc := p.Score(gold); sc.UAS < 95 || sc.LAS < 95 {
				t.Errorf("training scores %+v, want at least 95", sc)
			}
			data := encode(t, p)
			back, err := Read(bufio.NewReader(bytes.NewReader(data)))
			if err != nil {
				t.Fatal(err)
			}
			if a, b := p.Score(gold), back.Score(gold); a != b {
				t.Errorf("scores before %+v and after %+v writing", a, b)
			}
			again, err := Train(gold, opt)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, encode(t, again)) {
				t.Error("two trainings with one seed gave different models")
			}
			for n := 0; n < len(data); n += 1 + len(data)/40 {
				if _, err := Read(bufio.NewReader(bytes.NewReader(data[:n]))); err == nil {
					t.Fatalf("no error for a file cut at %d of %d bytes", n, len(data))
				}
			}
		})
	}
}
