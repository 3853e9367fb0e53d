package segeval

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// WriteErrors lists up to n chunks of text (runs between white space) that
// the system tokenized differently from the gold, and up to n sentence
// boundaries it missed or added, with some context.
func WriteErrors(w io.Writer, g *Gold, sys System, n int) {
	fmt.Fprintf(w, "token errors (chunk: gold | system):\n")
	shown := 0
	gi, si := 0, 0
	text := g.Text
	for c := 0; c < len(text) && shown < n; {
		for c < len(text) && unicode.IsSpace(rune(text[c])) {
			c++
		}
		e := strings.IndexFunc(text[c:], unicode.IsSpace)
		if e < 0 {
			e = len(text)
		} else {
			e += c
		}
		var gold, ours []string
		for gi < len(g.Words) && g.Words[gi].Start < e {
			gold = append(gold, g.Words[gi].Of(text))
			gi++
		}
		for si < len(sys.Tokens) && sys.Tokens[si].Start < e {
			ours = append(ours, sys.Tokens[si].Of(text))
			si++
		}
		if strings.Join(gold, " ") != strings.Join(ours, " ") {
			fmt.Fprintf(w, "  %-30s %s | %s\n", text[c:e], strings.Join(gold, " "), strings.Join(ours, " "))
			shown++
		}
		c = e
	}
	fmt.Fprintf(w, "sentence errors (missed or extra boundary ‖):\n")
	ends := func(spans []dyad.Span) map[int]bool {
		m := make(map[int]bool, len(spans))
		for _, s := range spans[:max(len(spans)-1, 0)] {
			m[s.End] = true
		}
		return m
	}
	goldEnds, sysEnds := ends(g.Sentences), ends(sys.Sentences)
	shown = 0
	for _, s := range g.Sentences {
		if shown >= n {
			break
		}
		if goldEnds[s.End] && !sysEnds[s.End] {
			fmt.Fprintf(w, "  missed %s\n", context(text, s.End))
			shown++
		}
	}
	shown = 0
	for _, s := range sys.Sentences {
		if shown >= n {
			break
		}
		if sysEnds[s.End] && !goldEnds[s.End] {
			fmt.Fprintf(w, "  extra  %s\n", context(text, s.End))
			shown++
		}
	}
}

func context(text string, i int) string {
	a, b := max(0, i-40), min(len(text), i+40)
	for a > 0 && a < i && text[a]&0xC0 == 0x80 {
		a--
	}
	for b < len(text) && text[b]&0xC0 == 0x80 {
		b++
	}
	s := text[a:i] + " ‖ " + text[i:b]
	return strings.Join(strings.Fields(s), " ")
}
