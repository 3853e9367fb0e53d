package code_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
	"github.com/dyadproject/dyad/ptb"
)

func Example() {
	set := dict.NewSet()
	petrarch.ReadVerbs(set.Verbs, "verbs.txt", "--- ACCUSE [112] ---\nACCUSE\n- * OF ATTACKING [1123]\n")
	petrarch.ReadActors(set.Actors, "actors.txt", "IRAN [IRN]\nISRAEL [ISR]\n+ISRAELI\n")
	petrarch.ReadAgents(set.Agents, "agents.txt", "GOVERNMENT [~GOV]\n")

	text := "The Israeli government accused Iran of attacking its embassy."
	tree, _ := ptb.Parse(`(ROOT (S (NP (DT The) (JJ Israeli) (NN government))
		(VP (VBD accused) (NP (NNP Iran)) (PP (IN of) (S (VP (VBG attacking) (NP (PRP$ its) (NN embassy))))))
		(. .)))`)
	events, _ := code.New(set, code.DefaultOptions()).Code(ptb.ToSentence(tree, text, 0), 20240105)
	for _, e := range events {
		fmt.Printf("%s %s %s %s | %q %q %q | %s\n", e.Date, e.Source, e.Target, e.Code,
			e.SourceText, e.VerbText, e.TargetText, strings.Fields(e.Pattern)[0])
	}
	// Output:
	// 2024-01-05 ISRGOV IRN 1123 | "The Israeli government" "accused" "Iran" | verbs.txt:3
}
