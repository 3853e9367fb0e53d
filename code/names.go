package code

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// TagNames retags as proper nouns the words of multiword actor names that
// the tagger read as verbs: "Downing Street", "United Nations", names the
// dictionaries know and the text writes with capitals. Run between
// tagging and parsing, it keeps a name in one piece for the parser, and
// its words from being coded as verbs ("Downing" as a form of "down").
func (c *Coder) TagNames(s *dyad.Sentence) {
	if c.dicts == nil || c.dicts.Actors == nil || len(s.Tokens) < 2 {
		return
	}
	verb := false
	for i := range s.Tokens {
		verb = verb || s.Tokens[i].UPOS == "VERB"
	}
	if !verb {
		return
	}
	words := make([]string, len(s.Tokens))
	for i := range s.Tokens {
		words[i] = dict.Fold(s.Tokens[i].Text)
	}
	for i := 0; i < len(words); {
		_, end, ok := c.dicts.Actors.Match(words, i, len(words))
		if !ok || end-i < 2 || !written(s.Tokens[i:end]) {
			i++
			continue
		}
		for k := i; k < end; k++ {
			if t := &s.Tokens[k]; t.UPOS == "VERB" {
				t.UPOS, t.XPOS = "PROPN", "NNP"
			}
		}
		i = end
	}
}

// written reports whether the words of a name are written as one: each
// capitalised, but for short joining words ("of", "the", "al-").
func written(toks []dyad.Token) bool {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) || !unicode.IsLetter(r) {
			continue
		}
		w := strings.ToLower(t.Text)
		if len(w) <= 3 || strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") {
			continue
		}
		return false
	}
	return true
}
