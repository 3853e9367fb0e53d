// Package conllu reads and writes CoNLL-U, the file format of Universal
// Dependencies treebanks.
//
// A Sentence keeps every line it was read from: comments, word lines,
// multiword-token range lines (1-2) and empty-node lines (8.1), each field as
// written, so that a sentence read and written back is unchanged, and a tool
// can fill in only the columns it predicts.
package conllu

import (
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// Kind tells the three kinds of row apart.
type Kind uint8

const (
	Word      Kind = iota // a syntactic word: ID is an integer
	MultiWord             // a multiword token: ID is a range such as 3-4
	Empty                 // an empty node of the enhanced graph: ID such as 8.1
)

// Row is one non-comment line of a sentence: the ten columns as written.
type Row struct {
	Kind   Kind
	Line   int // 1-based line number in the input; 0 for rows built in memory
	ID     string
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   string
	Deprel string
	Deps   string
	Misc   string
}

// Sentence is a sentence of a CoNLL-U file.
type Sentence struct {
	Line     int      // line number of the sentence's first line
	Comments []string // comment lines as written, each starting with '#'
	Rows     []Row    // word, multiword and empty-node lines in file order
}

// Words returns the indexes into Rows of the syntactic words, in order.
func (s *Sentence) Words() []int {
	var w []int
	for i := range s.Rows {
		if s.Rows[i].Kind == Word {
			w = append(w, i)
		}
	}
	return w
}

// Comment returns the value of the first comment "# key = value", and
// whether there was one.
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(c, "#")), "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// Text returns the sentence text: the "# text" comment when there is one,
// else the forms of the surface tokens (multiword tokens in place of their
// parts) joined with spaces, or without one where MISC says SpaceAfter=No.
func (s *Sentence) Text() string {
	if t, ok := s.Comment("text"); ok {
		return t
	}
	var b strings.Builder
	skipTo := 0
	for _, r := range s.Rows {
		if r.Kind == Empty {
			continue
		}
		id := 0
		if r.Kind == Word {
			id, _ = strconv.Atoi(r.ID)
			if id <= skipTo {
				continue
			}
		} else {
			_, end, _ := strings.Cut(r.ID, "-")
			skipTo, _ = strconv.Atoi(end)
		}
		b.WriteString(r.Form)
		if !hasMiscFlag(r.Misc, "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " ")
}

func hasMiscFlag(misc, flag string) bool {
	for f := range strings.SplitSeq(misc, "|") {
		if f == flag {
			return true
		}
	}
	return false
}

// Tokens returns the syntactic words as dyad tokens: Text, Lemma, UPOS and
// XPOS from the columns (with "_" read as empty), Head as a 0-based index
// (-1 for the root or an unknown head) and Rel from DEPREL. Spans are left
// zero: a treebank does not give offsets.
func (s *Sentence) Tokens() []dyad.Token {
	words := s.Words()
	toks := make([]dyad.Token, len(words))
	for i, ri := range words {
		r := &s.Rows[ri]
		toks[i] = dyad.Token{
			Text:  r.Form,
			Lemma: blank(r.Lemma),
			UPOS:  blank(r.UPOS),
			XPOS:  blank(r.XPOS),
			Head:  -1,
			Rel:   blank(r.Deprel),
		}
		if h, err := strconv.Atoi(r.Head); err == nil && h > 0 && h <= len(words) {
			toks[i].Head = h - 1
		}
	}
	return toks
}

// SetTokens copies the predicted UPOS, XPOS, HEAD and DEPREL of toks into
// the word rows (toks[i] to the i-th syntactic word); a predicted lemma is
// copied only where the row's LEMMA is empty ("_"). Everything else is kept
// as it was. It does nothing when the counts differ.
func (s *Sentence) SetTokens(toks []dyad.Token) {
	words := s.Words()
	if len(words) != len(toks) {
		return
	}
	for i, ri := range words {
		r := &s.Rows[ri]
		t := &toks[i]
		r.UPOS = underscore(t.UPOS)
		r.XPOS = underscore(t.XPOS)
		r.Head = strconv.Itoa(t.Head + 1)
		r.Deprel = underscore(t.Rel)
		if r.Lemma == "_" && t.Lemma != "" {
			r.Lemma = t.Lemma
		}
	}
}

// FromTokens builds a sentence from analysed tokens, numbering the words
// from 1 and writing SpaceAfter=No where the next token's span starts where
// this one's ends. Comments are added by the caller.
func FromTokens(toks []dyad.Token) *Sentence {
	s := &Sentence{Rows: make([]Row, len(toks))}
	for i, t := range toks {
		misc := "_"
		if i+1 < len(toks) && t.Span.End == toks[i+1].Span.Start && t.Span.End > t.Span.Start {
			misc = "SpaceAfter=No"
		}
		s.Rows[i] = Row{
			Kind: Word, ID: strconv.Itoa(i + 1), Form: underscore(t.Text), Lemma: underscore(t.Lemma),
			UPOS: underscore(t.UPOS), XPOS: underscore(t.XPOS), Feats: "_",
			Head: strconv.Itoa(t.Head + 1), Deprel: underscore(t.Rel), Deps: "_", Misc: misc,
		}
	}
	return s
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func underscore(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
