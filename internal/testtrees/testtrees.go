// Package testtrees holds a tiny treebank written for dyad's tests: ten
// short news sentences with UD tags and trees, enough to show that the
// trainers learn.
package testtrees

import (
	_ "embed"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/conllu"
)

//go:embed tiny.conllu
var tiny string

// Tiny returns the sentences as gold tokens.
func Tiny() [][]dyad.Token {
	sents, err := conllu.ReadAll(strings.NewReader(tiny), "tiny.conllu")
	if err != nil {
		panic(err) // the file is ours and tested
	}
	out := make([][]dyad.Token, len(sents))
	for i, s := range sents {
		out[i] = s.Tokens()
	}
	return out
}
