// Package segment turns a text into sentences with tokens in one call: the
// first two stages of the analysis pipeline, sentence splitting and
// tokenization, composed with their default settings.
package segment

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/token"
)

// Segmenter splits texts into sentences and tokenizes them.
type Segmenter struct {
	Splitter  dyad.SentenceSplitter
	Tokenizer dyad.Tokenizer
}

// New returns a segmenter with dyad's own splitter and tokenizer.
func New() *Segmenter {
	return &Segmenter{Splitter: sentence.New(), Tokenizer: token.New()}
}

// Sentences returns the sentences of text in order, each with its tokens;
// all spans are byte offsets into text. Tokens are not yet tagged or parsed
// (Head is -1).
func (s *Segmenter) Sentences(text string) []dyad.Sentence {
	spans := s.Splitter.Split(text)
	out := make([]dyad.Sentence, len(spans))
	for i, sp := range spans {
		out[i] = dyad.Sentence{
			Index:  i,
			Span:   sp,
			Text:   text[sp.Start:sp.End],
			Tokens: s.Tokenizer.Tokenize(text, sp),
		}
	}
	return out
}

var std = New()

// Sentences splits and tokenizes text with the default segmenter.
func Sentences(text string) []dyad.Sentence { return std.Sentences(text) }
