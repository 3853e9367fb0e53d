package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad/internal/abbrev"
)

// endsSentence decides whether the stops text[i:j], followed by the
// closing marks closed and whatever belongs to the sentence up to k, end a
// sentence.
func (sp *splitter) endsSentence(i, j, k int, closed string) bool {
	text := sp.text
	if k < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[k:]); !isSpaceRune(r) {
			return false // U.S.-led, 3.5, Yahoo!'s, wait...what
		}
	}
	next, nw := nextWord(text, k)
	if next == 0 {
		return true // the end of the text
	}
	if isStop(next) || next == ',' || next == ';' {
		return false // ". . ." or "? ? ?": the last of the run decides
	}
	if text[i] == '!' || text[i] == '?' {
		if !unicode.IsLower(next) {
			return true
		}
		// Before lower case: "Why?" he asked | Yahoo! said | great! and then
		return closed == "" && !isBrand(text, i, j)
	}
	if j-i > 1 || text[i] != '.' {
		// An ellipsis ends a sentence only before a capital.
		return unicode.IsUpper(next) || isOpening(next)
	}
	pw, ps := prevWord(text, i)
	if pw == "" {
		return !unicode.IsLower(next)
	}
	if isDigits(pw) && len(pw) <= 2 && (onlyOpeningBefore(text, sp.start, ps) || followsColon(text, ps)) {
		return false // "1. The first point": a list number
	}
	kind := abbrev.Lookup(pw)
	if unicode.IsLower(next) {
		// Edited text starts sentences with capitals, web text does not
		// always: after a word that is no abbreviation the stop is a full
		// stop, unless a bracket closes after it, as after an abbreviation
		// we do not know in "Sen. Smith (D-Mass.) said".
		return kind == abbrev.None && !(strings.HasPrefix(closed, ")") && shortBracket(text, ps))
	}
	if unicode.IsDigit(next) || next == '#' {
		return kind == abbrev.None
	}
	switch kind {
	case abbrev.None:
		return true
	case abbrev.Title:
		return false
	case abbrev.Numeral:
		return true // "No." before a word is the word no
	case abbrev.Time:
		return !timeFollowers[nw]
	}
	// Date, Initial, Acronym, Other: the stop is the abbreviation's, unless
	// the next word is one that opens sentences rather than continues names.
	return starters[nw] || isOpening(next) && kind != abbrev.Initial
}

// prevWord returns the word before the stop at i, without opening or
// closing marks around it, and where it starts.
func prevWord(text string, i int) (string, int) {
	b := i
	for b > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:b])
		if isSpaceRune(r) {
			break
		}
		b -= n
	}
	e := i
	for e > b {
		r, n := utf8.DecodeLastRuneInString(text[b:e])
		if !isClosing(r) {
			break
		}
		e -= n
	}
	for b < e {
		r, n := utf8.DecodeRuneInString(text[b:e])
		if !isOpening(r) {
			break
		}
		b += n
	}
	return text[b:e], b
}

// nextWord returns the first character of the text after i that is not
// white space, an opening mark or a dash, and the run of letters there.
// The character is 0 at the end of the text; it is the opening mark when
// nothing else follows it.
func nextWord(text string, i int) (rune, string) {
	i = skipSpace(text, i)
	if i >= len(text) {
		return 0, ""
	}
	first, _ := utf8.DecodeRuneInString(text[i:])
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isOpening(r) {
			break
		}
		i += n
	}
	if i >= len(text) {
		return first, ""
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	if isOpening(first) && unicode.IsUpper(r) {
		r = first // a quotation opens: “We
	}
	j := i
	for j < len(text) {
		q, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(q) {
			break
		}
		j += n
	}
	return r, text[i:j]
}

func onlyOpeningBefore(text string, from, to int) bool {
	for _, r := range text[min(from, to):to] {
		if !isSpaceRune(r) && !isOpening(r) {
			return false
		}
	}
	return true
}

// isBrand reports whether the single "!" at i ends a capitalized word, as
// in Yahoo! or Jeopardy!, which is a name rather than an exclamation.
func isBrand(text string, i, j int) bool {
	if j-i != 1 || text[i] != '!' {
		return false
	}
	w, _ := prevWord(text, i)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToUpper(w) != w
}

// shortBracket reports whether a bracket opens shortly before i, on the
// same line: "(D-Mass.)" rather than a bracketed sentence.
func shortBracket(text string, i int) bool {
	for b := i - 1; b >= 0 && b >= i-12; b-- {
		switch text[b] {
		case '(':
			return true
		case '\n', ')':
			return false
		}
	}
	return false
}

// followsColon reports whether the word at i follows a colon ("as follows: 1.").
func followsColon(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(trimRightSpace(text[:i]))
	return r == ':'
}

func isStop(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isWrapped reports whether the paragraph starting at i is hard-wrapped
// running text (a mail or a plain-text wire story wrapped at 70 columns),
// whose line breaks are spaces, rather than lines that each stand alone
// (headlines, lists, one sentence per line). It looks for at least three
// lines of similar length, most of which end inside a sentence.
func isWrapped(text string, i int) bool {
	lines, long, open := 0, 0, 0
	for i < len(text) {
		e := i
		for e < len(text) && !isLineBreakAt(text, e) {
			e++
		}
		line := strings.TrimSpace(text[i:e])
		if line == "" {
			break
		}
		lines++
		next := e
		if next < len(text) {
			_, n := utf8.DecodeRuneInString(text[next:])
			if text[next] == '\r' && next+1 < len(text) && text[next+1] == '\n' {
				n = 2
			}
			next += n
		}
		last := skipHorizontal(text, next)
		isLast := last >= len(text) || isLineBreakAt(text, last)
		if !isLast {
			if n := utf8.RuneCountInString(line); n >= 40 && n <= 100 {
				long++
			}
			r, _ := utf8.DecodeLastRuneInString(line)
			if !strings.ContainsRune(".!?:;\"”’)…", r) {
				open++
			}
		}
		if lines > 50 || isLast {
			break
		}
		i = next
	}
	breaks := lines - 1
	return lines >= 3 && long*5 >= breaks*4 && open*2 >= breaks
}
