package token

import (
	"unicode"
	"unicode/utf8"
)

// Character classes. ASCII goes through tables; the rest through unicode.

var (
	asciiSpace [utf8.RuneSelf]bool
	asciiWord  [utf8.RuneSelf]bool
	// repeatable marks form one token when repeated: --, ***, ===, ,,
	repeatable [utf8.RuneSelf]bool
)

func init() {
	for _, c := range " \t\n\v\f\r" {
		asciiSpace[c] = true
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		asciiWord[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
	}
	for _, c := range "-*=+~^|,;:<>#$%&/\\" {
		repeatable[c] = true
	}
}

// isSeparator reports whether r separates tokens: white space and the
// zero-width spaces and byte order mark that web text carries.
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiSpace[r]
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

// isWordRune reports whether r can be part of a word: letters, digits,
// combining marks, the underscore, format characters such as the soft
// hyphen and zero-width joiner, and bytes that are not UTF-8 (so that text in
// another encoding still yields words).
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
		r == utf8.RuneError || unicode.Is(unicode.Cf, r) && !isSeparator(r)
}

// isLetter reports whether r is a word rune other than a digit.
func isLetter(r rune) bool {
	return isWordRune(r) && !isDigitRune(r)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isStop(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// isApostrophe reports whether r is used as an apostrophe: the straight one,
// the curly right and left quotes (Baghdad’s, Shi‘ite), the backtick and the
// modifier letter apostrophe.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʼ'
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// isClosing reports whether r closes a quotation or bracket, so that it can
// follow a sentence's final stop.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', '›', ')', ']', '}':
		return true
	}
	return false
}
