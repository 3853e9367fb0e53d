package ptb_test

import (
	"fmt"

	"github.com/dyadproject/dyad/ptb"
)

func Example() {
	text := "Iraqi police arrested two men who had attacked the embassy."
	tree, err := ptb.Parse(`(ROOT (S (NP (JJ Iraqi) (NNS police))
	  (VP (VBD arrested) (NP (NP (CD two) (NNS men))
	    (SBAR (WHNP (WP who)) (S (VP (VBD had) (VP (VBN attacked) (NP (DT the) (NN embassy))))))))
	  (. .)))`)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := ptb.ToSentence(tree, text, 0)
	for i, t := range s.Tokens {
		head := "ROOT"
		if t.Head >= 0 {
			head = s.Tokens[t.Head].Text
		}
		fmt.Printf("%d %-9s %-5s %-10s <- %s\n", i, t.Text, t.UPOS, t.Rel, head)
	}
	// Output:
	// 0 Iraqi     ADJ   amod       <- police
	// 1 police    NOUN  nsubj      <- arrested
	// 2 arrested  VERB  root       <- ROOT
	// 3 two       NUM   nummod     <- men
	// 4 men       NOUN  obj        <- arrested
	// 5 who       PRON  nsubj      <- attacked
	// 6 had       AUX   aux        <- attacked
	// 7 attacked  VERB  acl:relcl  <- men
	// 8 the       DET   det        <- embassy
	// 9 embassy   NOUN  obj        <- attacked
	// 10 .         PUNCT punct      <- arrested
}

func ExampleParse() {
	tree, err := ptb.Parse("(ROOT (S (NP-SBJ (NNP Klow)) (VP (VBD fell) (NP-TMP (NN today)) (-NONE- *T*))))")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(tree)
	fmt.Println(len(tree.Leaves()), "words")

	_, err = ptb.Parse("(ROOT (S (NP (NNP Klow))\n(VP (VBD fell)))")
	fmt.Println(err)
	// Output:
	// (ROOT (S (NP-SBJ (NNP Klow)) (VP (VBD fell) (NP-TMP (NN today)))))
	// 3 words
	// line 2 (offset 41): unbalanced brackets: missing ')' for the bracket at offset 0
}
