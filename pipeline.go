package dyad

import (
	"context"
	"iter"
)

// The interfaces below are the seams of the analysis pipeline. Each stage
// lives in its own package; the standard package composes them into the one
// pipeline that the command line, the server and the workers all share.

// SentenceSplitter finds the sentences of a text. The spans are byte offsets
// into text.
type SentenceSplitter interface {
	Split(text string) []Span
}

// Tokenizer splits the part span of text into tokens whose spans are byte
// offsets into text (not into the part), so they stay valid for the document.
type Tokenizer interface {
	Tokenize(text string, span Span) []Token
}

// Tagger sets UPOS and XPOS (and Lemma where it can) of a sentence's tokens.
type Tagger interface {
	Tag(s *Sentence)
}

// Parser sets Head and Rel of a sentence's tokens.
type Parser interface {
	Parse(s *Sentence)
}

// Analyzer turns a document text into analysed sentences: split, tokenized,
// tagged and parsed.
type Analyzer interface {
	Analyze(text string) []Sentence
}

// Reader reads documents from one input (a file, a URL, standard input).
// A document that cannot be read yields an error and the iteration goes on
// with the next one; only an error with a nil article ends nothing either,
// so callers count errors and keep going.
type Reader interface {
	Read(ctx context.Context, input string) iter.Seq2[*Article, error]
}

// ArticleCoder codes a whole article: it splits, analyses and codes its text
// with the article's date, and returns its events in text order. Problems
// with single sentences are returned as an ErrorList next to the events that
// could be coded; the rest of the article is still coded.
type ArticleCoder interface {
	CodeArticle(ctx context.Context, a *Article) ([]Event, error)
}
