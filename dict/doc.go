// Package dict holds coding dictionaries in memory, independent of the files
// they were read from: actors with dated codes, agents, verbs with their
// patterns and synonym sets, discards and issues. The petrarch package reads
// PETRARCH/TABARI files into these types; dyad's own dictionaries use the
// same files formats.
//
// All words are kept in upper case; matching is case-insensitive because
// callers upper-case the text's words too (see Fold).
package dict

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the form a text word is matched in: upper case, with curly
// apostrophes and quotes made straight.
func Fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'a' <= c && c <= 'z' {
			goto slow
		}
	}
	if ascii {
		return w
	}
slow:
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case '’', '‘', 'ʼ', '`':
			r = '\''
		case '“', '”':
			r = '"'
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}
