// Package token splits news English into tokens with byte offsets into the
// original text.
//
// The tokens follow the conventions of Universal Dependencies English (the
// EWT treebank), so that the tagger and parser trained on it see the words
// they were trained on:
//
//   - punctuation is split off, runs of one mark stay together (--, ...,
//     !!!, ?!);
//   - clitics are split: do|n't, ca|n't, Bush|'s, it|'s, I|'m, we|'re,
//     parents|', and the apostrophe-less gon|na, can|not, do|nt;
//   - hyphens are split (15|-|year, Iran|-|U.S.), except after a prefix
//     (non-stop, e-mail, co-founder, pre-war) and in telephone numbers and
//     similar digit groups (713-853-3989);
//   - abbreviations keep their stop (Mr., Gen., Jan., Inc., U.S., p.m.,
//     No. 5), but the stop of a word abbreviation that ends the span is split
//     off (etc|., Inc|.), as EWT does; dotted acronyms keep it (U.S.);
//   - numbers stay whole (1,000 3.5 3:51 9/11 1990s 20th), units and currency
//     are split off ($|5, 10|%, 35|mm, 5|pm);
//   - URLs, e-mail addresses, hashtags and emoticons are single tokens.
//
// Two choices serve the event coder rather than EWT: names with an Arabic
// article or patronymic prefix stay one token (al-Maliki, el-Sisi,
// bin-Laden, Abu-Ghraib; EWT splits al|-|Qaeda), and "U.S.-led" is
// U.S.|-|led as in EWT, so that the actor U.S. is always a token of its own.
package token

import "github.com/dyadproject/dyad"

// Tokenizer splits text into tokens. It holds no state and is safe for
// concurrent use.
type Tokenizer struct{}

// New returns a tokenizer.
func New() *Tokenizer { return &Tokenizer{} }

var _ dyad.Tokenizer = (*Tokenizer)(nil)

// Tokenize returns the tokens of text[span.Start:span.End]. Their spans are
// byte offsets into text, Text is text[Span.Start:Span.End], and Head is -1
// (not parsed). A span that reaches outside text is clipped to it.
func (t *Tokenizer) Tokenize(text string, span dyad.Span) []dyad.Token {
	if span.End-span.Start <= 0 {
		return nil
	}
	return t.Append(make([]dyad.Token, 0, (span.End-span.Start)/4+2), text, span)
}

// Append tokenizes like Tokenize and appends the tokens to dst, so that a
// caller tokenizing many spans can share one backing array.
func (*Tokenizer) Append(dst []dyad.Token, text string, span dyad.Span) []dyad.Token {
	start, end := max(span.Start, 0), min(span.End, len(text))
	if start >= end {
		return dst
	}
	s := scanner{text: text, start: start, end: end, toks: dst}
	s.scan()
	return s.toks
}
