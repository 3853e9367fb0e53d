package dict_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

func ExampleTrie() {
	var names dict.Trie[string]
	names.Add(dict.ParsePhrase("SYLDAVIA", true), "SYL")
	names.Add(dict.ParsePhrase("SYLDAVIA_ARMY", true), "SYLMIL")
	// A blank lets other words come between: "minister of the interior".
	names.Add(dict.ParsePhrase("MINISTER INTERIOR", true), "GOV")

	words := strings.Fields(dict.Fold("the Syldavia army and the minister of the interior met"))
	for i := 0; i < len(words); {
		code, end, ok := names.Match(words, i, len(words))
		if !ok {
			i++
			continue
		}
		fmt.Printf("%s -> %s\n", strings.Join(words[i:end], " "), code)
		i = end
	}
	// Output:
	// SYLDAVIA ARMY -> SYLMIL
	// MINISTER OF THE INTERIOR -> GOV
}
