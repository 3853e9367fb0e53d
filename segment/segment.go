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
	ap, _ := s.Tokenizer.(appender)
	var buf []dyad.Token
	if ap != nil {
		// One backing array for all tokens spares the garbage collector
		// a slice per sentence. News has a token per 4 to 6 bytes.
		buf = make([]dyad.Token, 0, len(text)/4+16)
	}
	for i, sp := range spans {
		out[i] = dyad.Sentence{Index: i, Span: sp, Text: text[sp.Start:sp.End]}
		if ap == nil {
			out[i].Tokens = s.Tokenizer.Tokenize(text, sp)
			continue
		}
		n := len(buf)
		buf = ap.Append(buf, text, sp)
		out[i].Tokens = buf[n:len(buf):len(buf)]
	}
	return out
}

// appender is implemented by tokenizers that can append to a slice.
type appender interface {
	Append(dst []dyad.Token, text string, span dyad.Span) []dyad.Token
}

var std = New()

// Sentences splits and tokenizes text with the default segmenter.
func Sentences(text string) []dyad.Sentence { return std.Sentences(text) }
