package token

import "strings"

// special returns the end of a URL or e-mail address starting at i, or i.
func (s *scanner) special(i, ce int) int {
	switch s.text[i] {
	case 'h', 'H', 'f', 'F', 'w', 'W', 'm', 'M':
		if j := s.url(i, ce); j > i {
			return j
		}
	}
	if s.chunkHasAt {
		return s.email(i, ce)
	}
	return i
}

var urlPrefixes = []string{"http://", "https://", "ftp://", "www.", "mailto:"}

// url returns the end of the URL at i, without the punctuation that
// follows it in the sentence ("see http://x.org/a." or "(www.x.org)").
func (s *scanner) url(i, ce int) int {
	rest := s.text[i:ce]
	plen := 0
	for _, p := range urlPrefixes {
		if len(rest) > len(p) && strings.EqualFold(rest[:len(p)], p) {
			plen = len(p)
			break
		}
	}
	if plen == 0 {
		return i
	}
	j, open := i, 0
	for j < ce {
		r, n := s.rune(j)
		switch r {
		case '<', '>', '"', '“', '”', '‘', '’', '«', '»':
			goto trim
		case '(':
			open++
		case ')':
			open--
		}
		j += n
	}
trim:
	for j > i+plen {
		c := s.text[j-1]
		if c == ')' && open < 0 {
			open++
		} else if !strings.ContainsRune(".,;:!?')]}", rune(c)) || c == ')' {
			break
		}
		j--
	}
	if j <= i+plen {
		return i
	}
	return j
}

// email returns the end of the e-mail address at i (local@domain, where the
// domain may be a bare host as in old mail systems), or i.
func (s *scanner) email(i, ce int) int {
	if i < s.noEmailBefore {
		return i
	}
	j := i
	for j < ce && isLocalPart(s.text[j]) {
		j++
	}
	// Any later start before j would scan to the same j and fail alike.
	s.noEmailBefore = j
	if j == i || j >= ce || s.text[j] != '@' {
		return i
	}
	k := j + 1
	for k < ce && (isAlnumASCII(s.text[k]) || s.text[k] == '-' || s.text[k] == '.') {
		k++
	}
	for k > j+1 && (s.text[k-1] == '.' || s.text[k-1] == '-') {
		k--
	}
	if k == j+1 {
		return i
	}
	return k
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isLocalPart(c byte) bool {
	return isAlnumASCII(c) || strings.IndexByte("._%+-'", c) >= 0
}

// emoticon returns the end of an emoticon at i (:) :-( ;) =) :D :P :/ ^_^),
// or i.
func (s *scanner) emoticon(i, ce int) int {
	if s.text[i] == '^' {
		if strings.HasPrefix(s.text[i:ce], "^_^") {
			return i + 3
		}
		return i
	}
	j := i + 1
	if c := s.byteAt(j); c == '-' || c == '\'' || c == 'o' {
		j++
	}
	if j >= ce {
		return i
	}
	switch s.text[j] {
	case ')', '(', ']', '[', '|', '*', '3', '$', '@':
		j++
	case 'D', 'P', 'p', 'O', 'o', '/', '\\':
		j++
		if s.wordRuneAt(j) || s.byteAt(j) == '/' {
			return i // :Democrats, http://
		}
	default:
		return i
	}
	// A run of mouths is one emoticon: :))) :-((
	for j < ce && (s.text[j] == ')' || s.text[j] == '(') && s.text[j] == s.text[j-1] {
		j++
	}
	return j
}
