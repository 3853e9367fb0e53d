package code

import "github.com/dyadproject/dyad/tree"

// commaClauses marks the tokens of comma-delimited clauses that PETRARCH's
// comma options remove before coding: parenthetical remarks ("Egypt's
// foreign minister, in remarks published on Monday, urged ...") that would
// otherwise put actors between a verb and its subject. A clause is removed
// only when its length is in range and it is complete: nothing outside it
// depends on a word inside it. Commas inside noun phrases ("complete, full
// ties", "Syria, Iraq and Jordan") do not delimit clauses.
func (c *Coder) commaClauses(t *tree.Tree) []bool {
	o := c.opts
	n := t.Len()
	skip := make([]bool, n)
	var commas []int
	for i := 0; i < n; i++ {
		if t.Words[i] != "," {
			continue
		}
		if h := t.Head(i); h >= 0 && t.IsNominal(h) {
			continue
		}
		commas = append(commas, i)
	}
	if len(commas) == 0 {
		return skip
	}
	end := n
	for end > 0 && isPunctTok(t, end-1) {
		end--
	}
	remove := func(lo, hi int) { // tokens [lo, hi)
		for i := lo; i < hi; i++ {
			skip[i] = true
		}
	}
	// The closing clause, then the opening one, then internal ones.
	if last := commas[len(commas)-1]; o.CommaEMax > 0 && inRange(words(t, last+1, end), o.CommaEMin, o.CommaEMax) && closed(t, last+1, end) {
		remove(last, end)
	}
	if first := commas[0]; o.CommaBMax > 0 && !skip[first] && inRange(words(t, 0, first), o.CommaBMin, o.CommaBMax) && closed(t, 0, first) {
		remove(0, first+1)
	}
	if o.CommaMax > 0 {
		for k := 0; k+1 < len(commas); k++ {
			a, b := commas[k], commas[k+1]
			if skip[a] || skip[b] {
				continue
			}
			if inRange(words(t, a+1, b), o.CommaMin, o.CommaMax) && closed(t, a+1, b) {
				remove(a+1, b+1)
			}
		}
	}
	return skip
}

func inRange(n, lo, hi int) bool { return n >= lo && n <= hi && n > 0 }

// words counts the non-punctuation tokens in [lo, hi).
func words(t *tree.Tree, lo, hi int) int {
	n := 0
	for i := lo; i < hi; i++ {
		if !isPunctTok(t, i) {
			n++
		}
	}
	return n
}

// closed reports whether no token outside [lo, hi) depends on one inside.
func closed(t *tree.Tree, lo, hi int) bool {
	if lo >= hi {
		return false
	}
	for i := 0; i < t.Len(); i++ {
		if i >= lo && i < hi || isPunctTok(t, i) {
			continue
		}
		if h := t.Head(i); h >= lo && h < hi {
			return false
		}
	}
	// The root of the sentence cannot be removed.
	for _, r := range t.Roots {
		if r >= lo && r < hi {
			return false
		}
	}
	return true
}

func isPunctTok(t *tree.Tree, i int) bool {
	tok := t.Tok(i)
	if tok.UPOS == "PUNCT" || tok.Rel == "punct" {
		return true
	}
	switch tok.Text {
	case ",", ".", ":", ";", "!", "?", "``", "''", "\"", "--", "-", "(", ")":
		return true
	}
	return false
}

// skipAttribution marks the source of a report ("according to Saudi
// Arabia's Civil Defense Authority"), which is neither side of the event
// the sentence reports.
func skipAttribution(t *tree.Tree, skip []bool) {
	for i := 0; i+1 < t.Len(); i++ {
		if t.Words[i] != "ACCORDING" || t.Words[i+1] != "TO" {
			continue
		}
		end := i + 1
		if h := t.Head(i); h > i+1 && t.Hi[h] >= h {
			end = t.Hi[h]
		} else {
			for end+1 < t.Len() && t.Words[end+1] != "," && !isPunctTok(t, end+1) {
				end++
			}
		}
		for k := i; k <= end; k++ {
			skip[k] = true
		}
	}
}
