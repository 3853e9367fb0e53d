package conllu_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/dyadproject/dyad/conllu"
)

func Example() {
	in := "# text = Talks ended.\n" +
		"1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
		"2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	sents, err := conllu.ReadAll(strings.NewReader(in), "example.conllu")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range sents[0].Tokens() {
		fmt.Println(t.Text, t.UPOS, t.Head, t.Rel)
	}
	conllu.Write(os.Stdout, sents[0])
	// Output:
	// Talks NOUN 1 nsubj
	// ended VERB -1 root
	// . PUNCT 1 punct
	// # text = Talks ended.
	// 1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
	// 2	ended	end	VERB	VBD	_	0	root	_	SpaceAfter=No
	// 3	.	.	PUNCT	.	_	2	punct	_	_
}
