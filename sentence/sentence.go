// Package sentence splits text into sentences, with byte offsets into it.
//
// Sentences end at full stops, question and exclamation marks and ellipses
// that are followed by a new sentence, after any closing quotes and
// brackets ("…dialogue.” He said"). A stop after an abbreviation or
// initial ends a sentence only when the next word is one that starts
// sentences (U.S. officials | in the U.S. But | Gen. Petraeus | at 5 p.m.
// Police said). Line structure counts too:
//
//   - a blank line (a paragraph break) always ends a sentence;
//   - a line break ends one (headlines, bylines, list items), unless the
//     paragraph is hard-wrapped running text, the next line starts in lower
//     case, or the line ends with a comma or a hyphen;
//   - a dateline at the start of a paragraph ("BAGHDAD (Reuters) -",
//     "WASHINGTON, Nov. 17 (AP) —") is a sentence of its own, so that the
//     story's first sentence starts with its own subject. Dateline parses one
//     for the event coder.
//
// A number followed by a stop at the start of a sentence is a list number
// ("1. The first point"), not a sentence.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Splitter splits text into sentences. It holds no state and is safe for
// concurrent use.
type Splitter struct{}

// New returns a sentence splitter.
func New() *Splitter { return &Splitter{} }

var _ dyad.SentenceSplitter = (*Splitter)(nil)

// Split returns the sentences of text in order: byte spans that do not
// overlap and are trimmed of white space. Every character that is not white
// space lies in one of them.
func (*Splitter) Split(text string) []dyad.Span {
	sp := splitter{text: text, spans: make([]dyad.Span, 0, len(text)/100+1)}
	sp.split()
	return sp.spans
}

type splitter struct {
	text    string
	spans   []dyad.Span
	start   int  // start of the current sentence
	wrapped bool // the current paragraph is hard-wrapped running text
}

// interesting marks the bytes at which the scan must look closer: line
// breaks, stops, and the lead bytes of "…", U+2028, U+2029 and U+0085.
var interesting [256]bool

func init() {
	for _, c := range "\n\r\v\f.!?" {
		interesting[c] = true
	}
	interesting[0xE2] = true
	interesting[0xC2] = true
}

// end closes the current sentence at e; the next one starts at next.
func (sp *splitter) end(e, next int) {
	s := trimSpan(sp.text, sp.start, e)
	if s.Start < s.End {
		sp.spans = append(sp.spans, s)
	}
	sp.start = next
}

func (sp *splitter) split() {
	text := sp.text
	i := sp.paragraph(0)
	for i < len(text) {
		c := text[i]
		if !interesting[c] {
			i++
			continue
		}
		switch c {
		case '.', '!', '?':
			i = sp.stop(i, i+1)
			continue
		case 0xE2:
			if hasPrefixAt(text, i, "…") {
				i = sp.stop(i, i+len("…"))
				continue
			}
			if hasPrefixAt(text, i, "\u2028") || hasPrefixAt(text, i, "\u2029") {
				i = sp.lineBreak(i, i+3, text[i+2] == 0xA9)
				continue
			}
		case 0xC2:
			if i+1 < len(text) && text[i+1] == 0x85 {
				i = sp.lineBreak(i, i+2, false)
				continue
			}
		default: // \n \r \v \f
			n := 1
			if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				n = 2
			}
			i = sp.lineBreak(i, i+n, false)
			continue
		}
		i++
	}
	sp.end(len(text), len(text))
}

// lineBreak handles the line break text[i:j] and returns where to go on.
// para is set for U+2029, a paragraph separator.
func (sp *splitter) lineBreak(i, j int, para bool) int {
	text := sp.text
	k := skipHorizontal(text, j)
	if para || k >= len(text) || isLineBreakAt(text, k) {
		// A blank line: the paragraph ends.
		sp.end(i, k)
		return sp.paragraph(k)
	}
	if !sp.wrapped && sp.lineEnds(i, k) {
		sp.end(i, k)
		return sp.lineStart(k)
	}
	return k
}

// paragraph starts a paragraph at i (after white space): it decides whether
// the paragraph is hard-wrapped and looks for a dateline.
func (sp *splitter) paragraph(i int) int {
	i = skipSpace(sp.text, i)
	sp.start = i
	sp.wrapped = isWrapped(sp.text, i)
	return sp.lineStart(i)
}

// lineStart is called at the first character of a line that starts a
// sentence; a dateline there becomes a sentence of its own.
func (sp *splitter) lineStart(i int) int {
	if d, ok := parseDateline(sp.text, i); ok {
		sp.end(i, i)
		sp.start = i
		sp.end(d.span.End, d.span.End)
		return d.span.End
	}
	return i
}

// lineEnds reports whether the line break at i (the next line starts at
// k) ends a sentence in a paragraph that is not hard-wrapped.
func (sp *splitter) lineEnds(i, k int) bool {
	r, _ := utf8.DecodeRuneInString(sp.text[k:])
	if unicode.IsLower(r) {
		return false // a continuation of the line before
	}
	line := trimRightSpace(sp.text[:i])
	last, n := utf8.DecodeLastRuneInString(line)
	switch last {
	case ',', '&', '(', '/':
		return false
	case '-':
		// "well-" + "known": a word hyphenated at the line end, not a dash.
		prev, _ := utf8.DecodeLastRuneInString(line[:len(line)-n])
		return !unicode.IsLetter(prev)
	}
	return true
}

// stop looks at the stop that starts at i (text[i:j] is its first mark)
// and ends the sentence after it when it ends one. It returns where the scan
// goes on.
func (sp *splitter) stop(i, j int) int {
	text := sp.text
	// The whole run of stops: "...", "?!", "!!!".
	for j < len(text) {
		if c := text[j]; c == '.' || c == '!' || c == '?' {
			j++
		} else if hasPrefixAt(text, j, "…") {
			j += len("…")
		} else {
			break
		}
	}
	// Closing quotes and brackets belong to the sentence.
	k := j
	for k < len(text) {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !isClosing(r) {
			break
		}
		k += n
	}
	closed := text[j:k]
	// An emoticon or a reference mark after the stop belongs to the
	// sentence: "Thanks! :)", "...in 1971.[1] [2]"
	for {
		e := emoticonAfter(text, k)
		if e == k {
			e = referenceAfter(text, k)
		}
		if e == k {
			break
		}
		k = e
	}
	if sp.endsSentence(i, j, k, closed) {
		sp.end(k, k)
	}
	return k
}

func hasPrefixAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isLineBreakAt(s string, i int) bool {
	switch s[i] {
	case '\n', '\r', '\v', '\f':
		return true
	}
	return hasPrefixAt(s, i, "\u2028") || hasPrefixAt(s, i, "\u2029") || hasPrefixAt(s, i, "\u0085")
}

// skipHorizontal skips spaces and tabs (and other white space that does not
// break a line) from i.
func skipHorizontal(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c == ' ' || c == '\t' {
			i++
			continue
		}
		if isLineBreakAt(s, i) {
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			return i
		}
		i += n
	}
	return i
}

// skipSpace skips all white space from i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			return i
		}
		i += n
	}
	return i
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func trimRightSpace(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !isSpaceRune(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// trimSpan returns [i, j) without white space at its edges.
func trimSpan(s string, i, j int) dyad.Span {
	i = skipSpace(s, i)
	if i > j {
		i = j
	}
	j = i + len(trimRightSpace(s[i:j]))
	return dyad.Span{Start: i, End: j}
}

// isClosing reports whether r closes a quotation or bracket.
func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', '›', ')', ']', '}':
		return true
	}
	return false
}

// isOpening reports whether r opens a quotation or bracket.
func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '‘', '“', '«', '‹', '(', '[', '{', '`', '„':
		return true
	}
	return false
}

// emoticonAfter returns the end of an emoticon (:) ;-) =( :D ^_^) that
// follows i after white space on the same line, or i.
func emoticonAfter(text string, i int) int {
	j := skipBlanks(text, i)
	if j == i || j >= len(text) {
		return i
	}
	e := j
	switch {
	case hasPrefixAt(text, j, "^_^"):
		e = j + 3
	case text[j] == ':' || text[j] == ';' || text[j] == '=':
		e = j + 1
		if e < len(text) && (text[e] == '-' || text[e] == '\'') {
			e++
		}
		if e >= len(text) || !strings.ContainsRune(")(DPpOo/|]", rune(text[e])) {
			return i
		}
		e++
		for e < len(text) && (text[e] == ')' || text[e] == '(') {
			e++
		}
	default:
		return i
	}
	if e < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[e:]); !isSpaceRune(r) {
			return i
		}
	}
	return e
}

// referenceAfter returns the end of a bracketed reference mark that follows
// i, maybe after blanks, on the same line: "[12]", "[citation needed]" as
// in encyclopedia text. It returns i when there is none.
func referenceAfter(text string, i int) int {
	j := skipBlanks(text, i)
	if j >= len(text) || text[j] != '[' {
		return i
	}
	e := strings.IndexByte(text[j:min(len(text), j+32)], ']')
	if e < 2 {
		return i
	}
	inner := text[j+1 : j+e]
	if strings.ContainsAny(inner, "[\n\r") {
		return i
	}
	if !isDigits(inner) && !isNote(inner) {
		return i
	}
	return j + e + 1
}

// isNote reports whether a bracketed text is an editor's note such as
// "citation needed" or "better source needed": lower-case words only.
func isNote(s string) bool {
	for _, r := range s {
		if r != ' ' && !unicode.IsLower(r) {
			return false
		}
	}
	return strings.HasSuffix(s, "needed") || strings.HasPrefix(s, "clarification") || s == "sic"
}
