package petrarch_test

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

func ExampleReadActors() {
	const data = `SYLDAVIA [SYL]
+SYLDAVIAN_KINGDOM
KING_MUSKAR
	[SYLGOV 19360101-19561231]
	[SYLELI]
BORDURIA [BOR
`
	as := &dict.Actors{}
	for _, err := range petrarch.ReadActors(as, "my.actors.txt", data) {
		fmt.Println("error:", err)
	}
	for _, q := range []struct {
		text string
		date dyad.Date
	}{
		{"Syldavian kingdom", 19500101},
		{"King Muskar", 19500101},
		{"King Muskar", 19600101},
	} {
		words := strings.Fields(dict.Fold(q.text))
		if a, _, ok := as.Match(words, 0, len(words)); ok {
			fmt.Printf("%s on %v: %s\n", q.text, q.date, a.CodeOn(q.date))
		}
	}
	// Output:
	// error: my.actors.txt:6: unclosed '[' in "BORDURIA [BOR"
	// Syldavian kingdom on 1950-01-01: SYL
	// King Muskar on 1950-01-01: SYLGOV
	// King Muskar on 1960-01-01: SYLELI
}
