package english_test

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/english"
)

func Example() {
	m, err := english.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := dyad.Sentence{}
	for _, w := range []string{"Rebels", "attacked", "the", "town", "."} {
		s.Tokens = append(s.Tokens, dyad.Token{Text: w})
	}
	m.Tagger.Tag(&s)
	m.Parser.Parse(&s)
	for _, t := range s.Tokens {
		head := "ROOT"
		if t.Head >= 0 {
			head = s.Tokens[t.Head].Text
		}
		fmt.Println(t.Text, t.UPOS, t.XPOS, t.Lemma, t.Rel, head)
	}
	// Output:
	// Rebels NOUN NNS rebel nsubj attacked
	// attacked VERB VBD attack root ROOT
	// the DET DT the det town
	// town NOUN NN town obj attacked
	// . PUNCT . . punct attacked
}
