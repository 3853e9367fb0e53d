package ptb

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// align sets the Span of each token to its place in text (which starts at
// offset in the document). The parser's words are searched for in order,
// allowing for the treebank's rewriting of quotes and brackets; a word that
// cannot be found within a short distance gets an empty span where the
// search stands, and the search goes on with the next word.
func align(toks []dyad.Token, text string, offset int) {
	pos := 0
	for i := range toks {
		start, end, ok := find(text, pos, toks[i].Text)
		if !ok {
			toks[i].Span = dyad.Span{Start: offset + pos, End: offset + pos}
			continue
		}
		toks[i].Span = dyad.Span{Start: offset + start, End: offset + end}
		toks[i].Text = text[start:end]
		pos = end
	}
}

// window is how far ahead a word is looked for before it is given up.
const window = 64

func find(text string, pos int, word string) (start, end int, ok bool) {
	for pos < len(text) && isSpace(text[pos]) {
		pos++
	}
	if strings.HasPrefix(text[pos:], word) {
		return pos, pos + len(word), true
	}
	limit := min(len(text), pos+window+len(word))
	for _, form := range variants(word) {
		if form == "" {
			continue
		}
		if strings.HasPrefix(text[pos:], form) {
			return pos, pos + len(form), true
		}
	}
	for _, form := range variants(word) {
		if form == "" {
			continue
		}
		if j := strings.Index(text[pos:limit], form); j >= 0 {
			return pos + j, pos + j + len(form), true
		}
	}
	return 0, 0, false
}

// variants lists the ways a treebank word may be written in running text.
func variants(w string) []string {
	switch w {
	case `"`:
		return []string{`"`, "“", "”", "``", "''", "„"}
	case "`", "'":
		return []string{w, "‘", "’", "'"}
	case "'s", "'re", "'ll", "'ve", "'m", "'d", "n't":
		curly := strings.Replace(w, "'", "’", 1)
		return []string{w, curly, strings.ToUpper(w), strings.ToUpper(curly)}
	case "--":
		return []string{"--", "—", "–", "-"}
	case "...":
		return []string{"...", "…", ". . ."}
	}
	if strings.Contains(w, "'") {
		return []string{w, strings.ReplaceAll(w, "'", "’"), strings.ReplaceAll(w, "'", "‘")}
	}
	if strings.Contains(w, "_") {
		return []string{w, strings.ReplaceAll(w, "_", " ")}
	}
	return []string{w}
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}
