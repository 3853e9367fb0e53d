package standard_test

import (
	"context"
	"fmt"
	"log"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/standard"
)

func ExampleNew() {
	p, _, err := standard.New("", 0) // built-in dictionaries; refuse undated articles
	if err != nil {
		log.Fatal(err)
	}
	a := &dyad.Article{
		ID:        "example",
		Published: dyad.Date(20071117).Time(),
		Text:      "The U.S. military released nine Iranians on Friday. Washington accused Iran of arming militias.",
	}
	r, err := p.Code(context.Background(), a)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range r.Events {
		fmt.Println(e.Date, e.Source, e.Target, e.Code, "|", e.VerbText, "|", e.Pattern)
	}
	// Output:
	// 2007-11-17 USAMIL IRN 0841 | released | verbs-08-yield.txt:13 RELEASE
	// 2007-11-17 USAGOV IRN 1123 | accused | verbs-11-disapprove.txt:84 - * &AGGRESSION [1123]
}
