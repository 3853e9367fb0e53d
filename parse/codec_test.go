package parse

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/testtrees"
)

// FuzzRead reads any bytes as a stored parser: no input may make Read
// panic, and a parser it accepts parses a sentence into a tree.
func FuzzRead(f *testing.F) {
	gold := testtrees.Tiny()
	for _, super := range []bool{false, true} {
		p, err := Train(gold, TrainOptions{MinDirection: 1, Iterations: 2, Seed: 1, Supertags: super, SupertagFolds: 1, SupertagIters: 2})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(encode(f, p))
	}
	revised, _ := revisedTinyParser(f)
	f.Add(encode(f, revised))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Read(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			return
		}
		s := dyad.Sentence{Tokens: []dyad.Token{
			{Text: "Rebels", UPOS: "NOUN", XPOS: "NNS"},
			{Text: "attacked", UPOS: "VERB", XPOS: "VBD"},
			{Text: "the", UPOS: "DET", XPOS: "DT"},
			{Text: "town", UPOS: "NOUN", XPOS: "NN"},
		}}
		p.Parse(&s)
		roots := 0
		for _, tk := range s.Tokens {
			if tk.Head < 0 {
				roots++
			} else if tk.Head >= len(s.Tokens) {
				t.Fatalf("head %d out of range", tk.Head)
			}
		}
		if roots != 1 {
			t.Fatalf("%d roots", roots)
		}
	})
}
