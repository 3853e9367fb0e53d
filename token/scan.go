package token

import (
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// scanner tokenizes text[start:end]. It works on chunks, the runs of text
// between white space, and emits one or more tokens for each.
type scanner struct {
	text       string
	start, end int
	toks       []dyad.Token
	chunk      int  // start of the current chunk
	chunkHasAt bool // the current chunk contains '@' (maybe an e-mail address)
	// noEmailBefore: no e-mail address starts before this offset, because
	// one that did would end where the last failed attempt ended.
	noEmailBefore int
}

func (s *scanner) emit(start, end int) {
	if start < end {
		s.toks = append(s.toks, dyad.Token{Text: s.text[start:end], Span: dyad.Span{Start: start, End: end}, Head: -1})
	}
}

// rune decodes the rune at i, never reading past the span's end: a rune cut
// by the end (or any invalid byte) is a one-byte utf8.RuneError.
func (s *scanner) rune(i int) (rune, int) {
	if i >= s.end {
		return -1, 0
	}
	if c := s.text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s.text[i:s.end])
}

// byteAt returns the byte at i, or 0 past the span's end.
func (s *scanner) byteAt(i int) byte {
	if i < 0 || i >= s.end {
		return 0
	}
	return s.text[i]
}

func (s *scanner) scan() {
	for i := s.start; i < s.end; {
		r, n := s.rune(i)
		if isSeparator(r) {
			i += n
			continue
		}
		ce := s.chunkEnd(i)
		s.chunk = i
		for i < ce {
			j := s.next(i, ce)
			if j <= i { // cannot happen; guards against a stuck scanner
				_, n := s.rune(i)
				s.emit(i, i+n)
				j = i + n
			}
			i = j
		}
	}
}

// chunkEnd returns the end of the chunk starting at i.
func (s *scanner) chunkEnd(i int) int {
	s.chunkHasAt = false
	for i < s.end {
		c := s.text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				return i
			}
			if c == '@' {
				s.chunkHasAt = true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s.text[i:s.end])
		if isSeparator(r) {
			return i
		}
		i += n
	}
	return i
}

// next emits the token (or tokens) starting at i and returns where the next
// one starts.
func (s *scanner) next(i, ce int) int {
	r, n := s.rune(i)
	if isWordRune(r) {
		if j := s.special(i, ce); j > i {
			s.emit(i, j)
			return j
		}
		return s.word(i, i, ce)
	}
	return s.punct(i, ce, r, n)
}

// atTokenStart reports whether i starts a chunk or follows a mark that
// cannot be part of a word (an opening bracket or quote), so that a sign or
// apostrophe at i belongs to what follows.
func (s *scanner) atTokenStart(i int) bool {
	if i == s.chunk {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[s.chunk:i])
	return !isWordRune(r) && r != '.'
}

// punct emits the punctuation or symbol token at i.
func (s *scanner) punct(i, ce int, r rune, n int) int {
	switch {
	case r == '.' && isDigit(s.byteAt(i+1)) && s.atTokenStart(i):
		return s.word(i, i+1, ce) // .5
	case r == '+' && isDigit(s.byteAt(i+1)) && s.atTokenStart(i):
		return s.word(i, i+1, ce) // +44
	case r == '.' || r == '!' || r == '?' || r == '…':
		return s.emitRun(i, ce, isStop)
	case isApostrophe(r):
		if j := s.apostropheWord(i, n, ce); j > i {
			s.emit(i, j)
			return j
		}
		if r == '\'' || r == '`' || r == '’' || r == '‘' {
			return s.emitSame(i, ce, r, n) // '' `` ’’
		}
	case r == ':' || r == ';' || r == '=' || r == '^':
		if j := s.emoticon(i, ce); j > i {
			s.emit(i, j)
			return j
		}
	case r == '#' || r == '@':
		if j := s.tag(i, ce); j > i {
			s.emit(i, j)
			return j
		}
	}
	if r < utf8.RuneSelf && repeatable[r] || r == '—' || r == '–' {
		return s.emitSame(i, ce, r, n) // -- --- *** ,, << >>
	}
	s.emit(i, i+n)
	return i + n
}

// emitRun emits the run of runes satisfying in that starts at i.
func (s *scanner) emitRun(i, ce int, in func(rune) bool) int {
	j := i
	for j < ce {
		r, n := s.rune(j)
		if !in(r) {
			break
		}
		j += n
	}
	s.emit(i, j)
	return j
}

// emitSame emits the run of copies of r that starts at i.
func (s *scanner) emitSame(i, ce int, r rune, n int) int {
	j := i + n
	for j < ce {
		q, m := s.rune(j)
		if q != r {
			break
		}
		j += m
	}
	s.emit(i, j)
	return j
}

// apostropheWord returns the end of a word that starts with an apostrophe:
// a year ('90s, ’73) or, at the start of a chunk, a clitic written apart from
// its host ("do n't", "Bush 's" in pre-tokenized text). It returns i when
// there is none.
func (s *scanner) apostropheWord(i, n, ce int) int {
	j := i + n
	d := j
	for d < ce && isDigit(s.text[d]) {
		d++
	}
	if d-j == 2 {
		if e := d + 1; s.byteAt(d) == 's' && (e >= ce || !s.wordRuneAt(e)) {
			return e
		}
		if d >= ce || !s.wordRuneAt(d) {
			return d
		}
	}
	if i == s.chunk && i > s.start {
		if e := s.letters(j, ce); isClitic(s.text[j:e]) && !s.wordRuneAt(e) {
			return e
		}
	}
	return i
}

// letters returns the end of the run of letters starting at i.
func (s *scanner) letters(i, ce int) int {
	for i < ce {
		r, n := s.rune(i)
		if !isLetter(r) {
			break
		}
		i += n
	}
	return i
}

// wordRuneAt reports whether a word rune starts at i.
func (s *scanner) wordRuneAt(i int) bool {
	r, _ := s.rune(i)
	return isWordRune(r)
}

// tag returns the end of a hashtag or handle (#IStandWithAhmed, @Reuters)
// at i, or i when the mark is not followed by a letter.
func (s *scanner) tag(i, ce int) int {
	r, _ := s.rune(i + 1)
	if !isLetter(r) {
		return i
	}
	j := i + 1
	for j < ce {
		r, n := s.rune(j)
		if !isWordRune(r) {
			break
		}
		j += n
	}
	return j
}
