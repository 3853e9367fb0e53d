package webpage

import (
	"strings"
	"unicode/utf8"
)

// choose combines two extractors' readings of a page, both cleaned: trafilatura's,
// which is the more precise, and readability's, which more often finds all
// of a long story. Where they agree on the story's core, the paragraphs
// that only trafilatura puts before or after it are furniture (teasers,
// headlines of other stories, author boxes), and are dropped. When
// trafilatura found almost nothing, or only a fallback dump of the page,
// or readability found much more prose around the same core, readability's
// reading is taken.
func choose(traf, read []block) []block {
	if len(read) == 0 {
		return traf
	}
	if looksFailed(traf) && (letters(read) >= 250 || (letters(read) > 2*letters(traf) && proseShare(read) >= 0.5)) {
		return read
	}
	tg := gramSet(traf)
	rg := gramSet(read)
	if len(tg) == 0 {
		if letters(read) >= 250 {
			return read
		}
		return traf
	}
	if overlap(tg, rg)*2 < len(tg) {
		// They read different parts of the page: trust trafilatura, unless
		// it found no running text at all (a menu dumped by its fallback)
		// where readability found some.
		if proseShare(traf) < 0.2 && proseShare(read) >= 0.5 && letters(read) >= 150 {
			return read
		}
		return traf
	}
	// Readability found the same story and much more prose beside it:
	// trafilatura stopped short (a story split by ads or inserts).
	extra := 0
	for _, b := range read {
		if isProse(b.text) && !covered(b.text, tg) {
			extra += len(b.text)
		}
	}
	if extra >= 1000 && extra*2 >= textLen(traf) {
		return read
	}
	first, last := -1, -1
	for i, b := range traf {
		if covered(b.text, rg) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return traf
	}
	return traf[first : last+1]
}

// looksFailed recognises trafilatura's fallback output: nothing, or the
// text of a whole page or article element run together in one paragraph.
func looksFailed(bs []block) bool {
	if letters(bs) < 250 {
		return true
	}
	return len(bs) == 1 && len(bs[0].text) > 1000 && !strings.Contains(bs[0].text, "\n")
}

// covered reports whether most of the word 4-grams of text are in set; a
// text too short to have any counts as covered.
func covered(text string, set map[string]bool) bool {
	g := wordGrams(text)
	if len(g) == 0 {
		return true
	}
	n := 0
	for _, k := range g {
		if set[k] {
			n++
		}
	}
	return n*2 >= len(g)
}

func gramSet(bs []block) map[string]bool {
	m := map[string]bool{}
	for _, b := range bs {
		for _, k := range wordGrams(b.text) {
			m[k] = true
		}
	}
	return m
}

func overlap(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// wordGrams returns the word 4-grams of text, words being runs of letters
// and digits, lower-cased.
func wordGrams(text string) []string {
	w := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isWordRune(r) })
	if len(w) < 4 {
		return nil
	}
	out := make([]string, 0, len(w)-3)
	for i := 0; i+4 <= len(w); i++ {
		out = append(out, w[i]+" "+w[i+1]+" "+w[i+2]+" "+w[i+3])
	}
	return out
}

// isProse reports whether a paragraph reads as running text: fifteen words
// or more, ending as a sentence ends.
func isProse(s string) bool {
	s = strings.TrimSpace(s)
	if wordCount(s) < 15 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"\u201d\u2019)", last)
}

func letters(bs []block) int {
	n := 0
	for _, b := range bs {
		for _, r := range b.text {
			if isWordRune(r) {
				n++
			}
		}
	}
	return n
}

func textLen(bs []block) int {
	n := 0
	for _, b := range bs {
		n += len(b.text)
	}
	return n
}

// proseShare is the share of the text of bs that is in paragraphs of
// running text.
func proseShare(bs []block) float64 {
	prose, all := 0, 0
	for _, b := range bs {
		all += len(b.text)
		if isProse(b.text) {
			prose += len(b.text)
		}
	}
	if all == 0 {
		return 0
	}
	return float64(prose) / float64(all)
}
