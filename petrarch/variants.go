package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/token"
)

var tokenizer = token.New()

// withVariants returns p and, when dyad's tokenizer would split one of its
// hyphenated words ("ASIA-PACIFIC" → "ASIA" "-" "PACIFIC"), the phrase as
// the tokenizer writes it, so that a dictionary phrase matches text whether
// it was tokenized by dyad or by a treebank parser (which keeps hyphenated
// words whole).
func withVariants(p dict.Phrase) []dict.Phrase {
	var q dict.Phrase
	split := false
	for i, w := range p.Words {
		if !strings.Contains(w, "-") || len(w) < 3 {
			q.Words = append(q.Words, w)
			q.Gap = append(q.Gap, p.Gap[i])
			continue
		}
		toks := tokenizer.Tokenize(w, dyad.Span{End: len(w)})
		if len(toks) <= 1 {
			q.Words = append(q.Words, w)
			q.Gap = append(q.Gap, p.Gap[i])
			continue
		}
		split = true
		for j, t := range toks {
			q.Words = append(q.Words, t.Text)
			q.Gap = append(q.Gap, j == 0 && p.Gap[i])
		}
	}
	if !split {
		return []dict.Phrase{p}
	}
	return []dict.Phrase{p, q}
}

// allVariants applies withVariants to each phrase.
func allVariants(ps []dict.Phrase) []dict.Phrase {
	var out []dict.Phrase
	for _, p := range ps {
		out = append(out, withVariants(p)...)
	}
	return out
}
