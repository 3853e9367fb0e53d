package tag

import (
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Lemmatizer gives the base form of a word from its form and tags: a table
// of the words seen in training, and for others, suffix rules learnt from
// them ("-ies" NNS → "-y").
type Lemmatizer struct {
	known map[string]string // form \x00 XPOS → lemma
	rules map[string]rule   // XPOS \x00 suffix of the lowercased form → rule
}

// rule rewrites a lowercased form: drop Cut bytes from the end, add Add.
type rule struct {
	Cut int
	Add string
}

const maxRuleSuffix = 4

// Lemma returns the lemma of the word.
func (l *Lemmatizer) Lemma(form, upos, xpos string) string {
	if lem, ok := l.known[form+"\x00"+xpos]; ok {
		return lem
	}
	if upos == "PROPN" || upos == "PUNCT" || upos == "SYM" || upos == "NUM" || upos == "X" {
		return form
	}
	lower := strings.ToLower(form)
	if lem, ok := l.known[lower+"\x00"+xpos]; ok {
		return lem
	}
	for k := min(maxRuleSuffix, len(lower)); k >= 0; k-- {
		if r, ok := l.rules[xpos+"\x00"+lower[len(lower)-k:]]; ok && r.Cut <= len(lower) {
			return lower[:len(lower)-r.Cut] + r.Add
		}
	}
	return lower
}

// LearnLemmas builds a lemmatiser from tokens with gold Lemma and XPOS.
func LearnLemmas(sents [][]dyad.Token) *Lemmatizer {
	type key struct{ k, v string }
	knownCount := map[key]int{}
	ruleCount := map[string]map[rule]int{}
	for _, s := range sents {
		for _, t := range s {
			if t.Lemma == "" || t.XPOS == "" {
				continue
			}
			knownCount[key{t.Text + "\x00" + t.XPOS, t.Lemma}]++
			lower := strings.ToLower(t.Text)
			cp := 0
			for cp < len(lower) && cp < len(t.Lemma) && lower[cp] == t.Lemma[cp] {
				cp++
			}
			r := rule{Cut: len(lower) - cp, Add: t.Lemma[cp:]}
			for k := 0; k <= min(maxRuleSuffix, len(lower)); k++ {
				rk := t.XPOS + "\x00" + lower[len(lower)-k:]
				m := ruleCount[rk]
				if m == nil {
					m = map[rule]int{}
					ruleCount[rk] = m
				}
				m[r]++
			}
		}
	}
	l := &Lemmatizer{known: map[string]string{}, rules: map[string]rule{}}
	best := map[string]int{}
	// Ties go to the alphabetically first lemma, so the result does not
	// depend on map order.
	keys := make([]key, 0, len(knownCount))
	for k := range knownCount {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].k != keys[j].k {
			return keys[i].k < keys[j].k
		}
		return keys[i].v < keys[j].v
	})
	for _, k := range keys {
		if n := knownCount[k]; n > best[k.k] {
			best[k.k] = n
			l.known[k.k] = k.v
		}
	}
	for rk, m := range ruleCount {
		var br rule
		bn := 0
		for r, n := range m {
			if n > bn || n == bn && (r.Cut < br.Cut || r.Cut == br.Cut && r.Add < br.Add) {
				br, bn = r, n
			}
		}
		if bn >= 2 {
			l.rules[rk] = br
		}
	}
	return l
}
