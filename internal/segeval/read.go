// Package segeval scores tokenization and sentence segmentation against the
// raw text of a CoNLL-U file, in the manner of the CoNLL 2018 shared task:
// the raw text is rebuilt from the "# text" lines, the gold words and
// sentences are aligned to it by character offsets, and a system's tokens and
// sentences count as correct when they cover exactly the same non-space
// characters as a gold one.
//
// The reader here is deliberately minimal: it needs only ids, forms, the
// SpaceAfter=No flag and the sentence, paragraph and document comments.
package segeval

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Gold is the raw text of a CoNLL-U file with its gold segmentation. Text
// joins the sentences of a paragraph with one space and separates
// paragraphs (and documents) with a blank line, as the CoNLL 2018 raw text
// files do.
type Gold struct {
	Name      string
	Text      string
	Sentences []dyad.Span // in text order
	Words     []dyad.Span // syntactic words, in text order
	Lines     []int       // line of each sentence's first line in the file, for reports
}

// goldToken is one surface token of a sentence: a plain word, or a
// multiword token with the forms of its words.
type goldToken struct {
	form  string
	words []string // for a multiword token; nil otherwise
	space bool     // followed by a space (no SpaceAfter=No)
	line  int
}

type goldSentence struct {
	text   string // "# text"; "" when absent
	hasTxt bool
	newPar bool // starts a paragraph or document
	tokens []goldToken
	line   int
}

// Read reads a CoNLL-U file and aligns its words to the rebuilt raw text.
// Problems (malformed lines, forms that do not match the sentence text) are
// returned as a dyad.ErrorList next to the Gold, which holds everything that
// could be aligned; an I/O error ends the reading.
func Read(r io.Reader, name string) (*Gold, error) {
	g := &Gold{Name: name}
	var errs dyad.ErrorList
	var text strings.Builder
	var cur *goldSentence
	pendingPar := true // the first sentence starts a paragraph
	mwtEnd := 0        // last word id of the open multiword token, or 0
	flush := func() {
		if cur == nil {
			return
		}
		if len(cur.tokens) > 0 || cur.hasTxt {
			g.add(&text, cur, &errs)
		}
		cur = nil
		mwtEnd = 0
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if cur == nil {
			cur = &goldSentence{line: line, newPar: pendingPar}
			pendingPar = false
		}
		if strings.HasPrefix(l, "#") {
			c := strings.TrimSpace(l[1:])
			switch {
			case strings.HasPrefix(c, "newdoc"), strings.HasPrefix(c, "newpar"):
				cur.newPar = true
			case strings.HasPrefix(c, "text ="), c == "text =":
				cur.text = strings.TrimSpace(strings.TrimPrefix(c, "text ="))
				cur.hasTxt = true
			}
			continue
		}
		fields := strings.Split(l, "\t")
		if len(fields) < 2 {
			errs.Add(dyad.Pos{File: name, Line: line, Offset: -1}, "word line has %d fields, want 10", len(fields))
			continue
		}
		id, form := fields[0], fields[1]
		space := true
		if len(fields) >= 10 {
			for _, m := range strings.Split(fields[9], "|") {
				if m == "SpaceAfter=No" {
					space = false
				}
			}
		}
		switch {
		case strings.Contains(id, "."): // empty node: no surface form
			continue
		case strings.Contains(id, "-"):
			lo, hi, ok := strings.Cut(id, "-")
			a, err1 := strconv.Atoi(lo)
			b, err2 := strconv.Atoi(hi)
			if !ok || err1 != nil || err2 != nil || b < a {
				errs.Add(dyad.Pos{File: name, Line: line, Offset: -1}, "bad multiword token id %q", id)
				continue
			}
			cur.tokens = append(cur.tokens, goldToken{form: form, words: []string{}, space: space, line: line})
			mwtEnd = b
		default:
			n, err := strconv.Atoi(id)
			if err != nil {
				errs.Add(dyad.Pos{File: name, Line: line, Offset: -1}, "bad word id %q", id)
				continue
			}
			if mwtEnd > 0 && n <= mwtEnd {
				t := &cur.tokens[len(cur.tokens)-1]
				t.words = append(t.words, form)
				if n == mwtEnd {
					mwtEnd = 0
				}
				continue
			}
			mwtEnd = 0
			cur.tokens = append(cur.tokens, goldToken{form: form, space: space, line: line})
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return g, fmt.Errorf("%s: %w", name, err)
	}
	g.Text = text.String()
	return g, errs.Err()
}

// add appends a sentence to the raw text and aligns its tokens to it.
func (g *Gold) add(text *strings.Builder, s *goldSentence, errs *dyad.ErrorList) {
	st := s.text
	if !s.hasTxt {
		st = rebuild(s.tokens)
	}
	if st == "" {
		return
	}
	if text.Len() > 0 {
		if s.newPar {
			text.WriteString("\n\n")
		} else {
			text.WriteString(" ")
		}
	}
	base := text.Len()
	text.WriteString(st)
	g.Sentences = append(g.Sentences, dyad.Span{Start: base, End: base + len(st)})
	g.Lines = append(g.Lines, s.line)
	pos := 0
	for _, t := range s.tokens {
		pos = skipSpace(st, pos)
		if !strings.HasPrefix(st[pos:], t.form) {
			errs.Add(dyad.Pos{File: g.Name, Line: t.line, Offset: -1},
				"form %q does not match the sentence text at %q", t.form, clip(st[pos:], 20))
			return
		}
		if len(t.words) > 0 && strings.Join(t.words, "") == t.form {
			// The words of a contraction spell its surface form (do|n't,
			// Bush|'s): each gets its own part of the text.
			p := pos
			for _, w := range t.words {
				g.Words = append(g.Words, dyad.Span{Start: base + p, End: base + p + len(w)})
				p += len(w)
			}
		} else {
			g.Words = append(g.Words, dyad.Span{Start: base + pos, End: base + pos + len(t.form)})
		}
		pos += len(t.form)
	}
}

// rebuild spells a sentence from its surface tokens when it has no "# text".
func rebuild(toks []goldToken) string {
	var b strings.Builder
	for i, t := range toks {
		b.WriteString(t.form)
		if t.space && i < len(toks)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// skipSpace returns the offset of the first non-space character of s at or
// after i. White space is Unicode white space, as in the CoNLL 2018 scorer.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
