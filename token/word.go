package token

import (
	"strings"

	"github.com/dyadproject/dyad/internal/abbrev"
)

// run kinds within a word
const (
	runNone = iota
	runDigits
	runLetters
)

// word scans the word whose first word rune is at i and emits it (and any
// clitic split from it). start ≤ i includes a sign or stop that belongs to
// the number (+44, .5). It returns where the next token starts.
func (s *scanner) word(start, i, ce int) int {
	p := i
	seg := i            // start of the part after the last connector
	prev := runNone     // kind of the last run
	numeric := true     // only digits and number punctuation so far
	plainDigits := true // a single run of digits so far (for telephone numbers)
	for p < ce {
		r, n := s.rune(p)
		switch {
		case isDigitRune(r):
			p += n
			for p < ce {
				r, n = s.rune(p)
				if !isDigitRune(r) {
					break
				}
				p += n
			}
			prev = runDigits
			continue
		case isWordRune(r):
			q := s.letters(p, ce)
			if prev == runDigits && numeric {
				// 1990s, 20th stay whole; 5pm, 35mm, 65k split.
				if !numberSuffix(s.text[p:q]) && !s.wordRuneAt(q) {
					return s.finish(start, p, ce)
				}
			}
			p = q
			prev = runLetters
			numeric, plainDigits = false, false
			continue
		}
		// A connector continues the word when the rune after it does.
		after := p + n
		if !s.wordRuneAt(after) {
			break
		}
		next, _ := s.rune(after)
		switch {
		case r == '.':
			if prev == runLetters && isDigitRune(next) && abbrev.Lookup(s.text[start:p]) != abbrev.None {
				s.emit(start, after) // No.1, Nov.28
				return after
			}
			// 3.5, U.S, p.m, reuters.com
			p, seg = after, after
			plainDigits = false
			continue
		case r == ',' && prev == runDigits && numeric && s.threeDigits(after):
			p, seg = after, after // 1,000
			plainDigits = false
			continue
		case (r == ':' || r == '/') && prev == runDigits && numeric && isDigitRune(next):
			p, seg = after, after // 3:51, 9/11, 11/28/2000
			plainDigits = false
			continue
		case r == '/' && prev == runLetters && s.shortSlash(seg, p, after, ce):
			p, seg = after, after // w/o, s/he
			continue
		case r == '&' && prev == runLetters:
			p, seg = after, after // AT&T, R&D
			continue
		case isHyphen(r):
			if prev == runDigits && plainDigits {
				if q := s.digitGroups(i, ce); q > p {
					p = q // 713-853-3989
					continue
				}
				break
			}
			if prev == runLetters && (isPrefix(s.text[seg:p]) || isArticle(s.text[seg:p], next)) {
				p, seg = after, after // non-stop, al-Maliki
				numeric, plainDigits = false, false
				continue
			}
		case isApostrophe(r):
			if prev == runLetters {
				if j, ok := s.clitic(start, p, after, ce); ok {
					return j
				}
				p = s.letters(after, ce) // Shi'ite, O'Brien
				continue
			}
			if prev == runDigits && (next == 's' || next == 'S') && !s.wordRuneAt(after+1) {
				p = after + 1 // 1980's
				continue
			}
		}
		break
	}
	if p < ce && s.text[p] == '$' && prev == runLetters && p-start <= 3 && isUpperASCII(s.text[start:p]) {
		p++ // US$, HK$
	}
	return s.finish(start, p, ce)
}

// finish emits the word text[start:p], splitting an apostrophe-less
// contraction and deciding whether a following stop belongs to it.
func (s *scanner) finish(start, p, ce int) int {
	w := s.text[start:p]
	if k := contraction(w); k > 0 {
		s.emit(start, start+k)
		s.emit(start+k, p)
		return p
	}
	// A stop after an abbreviation is its own, unless an ellipsis starts
	// there; of two stops ("Inc..") the second is the sentence's.
	if s.byteAt(p) == '.' && !(s.byteAt(p+1) == '.' && s.byteAt(p+2) == '.') && s.keepsStop(w, p) {
		p++
	}
	s.emit(start, p)
	return p
}

// keepsStop reports whether the stop at p after word w is part of it.
func (s *scanner) keepsStop(w string, p int) bool {
	switch abbrev.Lookup(w) {
	case abbrev.Acronym, abbrev.Initial, abbrev.Time:
		// U.S. keeps its stop even at the end of a sentence: the actor must
		// stay recognizable.
		return true
	case abbrev.Title, abbrev.Date, abbrev.Other:
		// EWT splits the stop of "etc." or "Inc." off at the end of a
		// sentence: it is the sentence's full stop.
		return !s.onlyClosingAfter(p + 1)
	case abbrev.Numeral:
		return s.digitAfter(p + 1)
	}
	return false
}

// onlyClosingAfter reports whether nothing but white space and closing
// quotes and brackets follows i in the span.
func (s *scanner) onlyClosingAfter(i int) bool {
	for i < s.end {
		r, n := s.rune(i)
		if !isSeparator(r) && !isClosing(r) {
			return false
		}
		i += n
	}
	return true
}

// digitAfter reports whether the next non-space character after i in the
// span is a digit (No. 5).
func (s *scanner) digitAfter(i int) bool {
	for i < s.end {
		r, n := s.rune(i)
		if !isSeparator(r) {
			return isDigitRune(r) || r == '#'
		}
		i += n
	}
	return false
}

// threeDigits reports whether exactly three digits start at i (1,000 but not
// 2007,2008).
func (s *scanner) threeDigits(i int) bool {
	return isDigit(s.byteAt(i)) && isDigit(s.byteAt(i+1)) && isDigit(s.byteAt(i+2)) && !isDigit(s.byteAt(i+3))
}

// digitGroups looks at the digit groups joined by single hyphens that start
// at i and returns their end when they form one token: three or more groups
// (713-853-3989, 11-20-2000) or a short group and a four-digit one
// (345-9945, 77030-2707). Ranges such as 1969-1970 or 10-15 are split.
// It returns i when the groups are to be split.
func (s *scanner) digitGroups(i, ce int) int {
	var lens [3]int
	groups, p := 0, i
	for {
		q := p
		for q < ce && isDigit(s.text[q]) {
			q++
		}
		if q == p {
			return i
		}
		if groups < len(lens) {
			lens[groups] = q - p
		}
		groups++
		p = q
		if p+1 < ce && s.text[p] == '-' && isDigit(s.text[p+1]) {
			p++
			continue
		}
		break
	}
	if groups >= 3 || groups == 2 && lens[1] == 4 && lens[0] != 4 {
		return p
	}
	return i
}

// shortSlash reports whether the slash at p joins one letter to at most
// three (w/o, s/he, I/C), which EWT keeps as one token; and/or is split.
func (s *scanner) shortSlash(seg, p, after, ce int) bool {
	if p-seg != 1 {
		return false
	}
	e := s.letters(after, ce)
	return e-after <= 3 && !s.wordRuneAt(e) && s.byteAt(e) != '/'
}

// clitic splits a clitic off the word text[start:p] at the apostrophe at p
// (after is past the apostrophe): do|n't, Bush|'s, we|'re. It reports false
// when the apostrophe is inside a word (Shi'ite) or ends it (parents').
func (s *scanner) clitic(start, p, after, ce int) (int, bool) {
	e := s.letters(after, ce)
	if e == after || s.wordRuneAt(e) {
		return 0, false
	}
	suffix := s.text[after:e]
	if (suffix == "t" || suffix == "T") && p-1 >= start && (s.text[p-1] == 'n' || s.text[p-1] == 'N') {
		s.emit(start, p-1)
		s.emit(p-1, e)
		return e, true
	}
	if isClitic(suffix) {
		s.emit(start, p)
		s.emit(p, e)
		return e, true
	}
	return 0, false
}

// isClitic reports whether the letters after an apostrophe make a clitic.
func isClitic(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] {
		case 's', 'S', 'm', 'M', 'd', 'D':
			return true
		}
	case 2:
		return strings.EqualFold(w, "re") || strings.EqualFold(w, "ve") || strings.EqualFold(w, "ll")
	}
	return false
}

// numberSuffix reports whether letters right after digits stay with them:
// ordinals (20th, 1st) and decades (1990s).
func numberSuffix(w string) bool {
	switch len(w) {
	case 1:
		return w == "s" || w >= "A" && w <= "Z" && w != "K" && w != "M"
	case 2:
		for _, x := range [...]string{"st", "nd", "rd", "th"} {
			if strings.EqualFold(w, x) {
				return true
			}
		}
	}
	return false
}

func isUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}
