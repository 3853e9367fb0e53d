package main

import (
	"fmt"
	"strings"
	"unicode"
)

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_') })
}

// showDiff prints predicted paragraphs marked by how many of their 4-grams are in gold,
// and gold paragraphs missing from the prediction.
func showDiff(gold, pred string) {
	gs := map[string]bool{}
	gw := words(gold)
	for i := 0; i+4 <= len(gw); i++ {
		gs[strings.Join(gw[i:i+4], " ")] = true
	}
	ps := map[string]bool{}
	pw := words(pred)
	for i := 0; i+4 <= len(pw); i++ {
		ps[strings.Join(pw[i:i+4], " ")] = true
	}
	mark := func(par string, set map[string]bool, tag string) {
		w := words(par)
		n, in := 0, 0
		for i := 0; i+4 <= len(w); i++ {
			n++
			if set[strings.Join(w[i:i+4], " ")] {
				in++
			}
		}
		if (n == 0 && strings.TrimSpace(par) != "") || in < n {
			p := par
			if len(p) > 160 {
				p = p[:160] + "…"
			}
			fmt.Printf("  %s %d/%d %q\n", tag, in, n, p)
		}
	}
	for _, par := range strings.Split(pred, "\n\n") {
		mark(par, gs, "EXTRA")
	}
	for _, par := range strings.Split(gold, "\n\n") {
		mark(par, ps, "MISS ")
	}
}
