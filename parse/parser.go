// Package parse is dyad's dependency parser: a greedy arc-hybrid transition
// parser with labelled transitions, scored by an averaged perceptron over
// rich non-local features (Zhang and Nivre 2011: valency, distance, label
// sets and second-order children), trained with a dynamic oracle (Goldberg
// and Nivre 2013) on predicted tags; optionally it also reads the guesses
// of a supertagger run first (each word's relation and the side of its
// head; see supertag.go). It produces Universal Dependencies trees with the full
// relation subtypes (nsubj:pass, acl:relcl, ...).
package parse

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// Parser parses tagged sentences; it implements dyad.Parser. It is
// read-only after it is built and safe for concurrent use.
type Parser struct {
	model   *linear.Model
	labels  []string
	classes classSet
	reverse bool // reads the sentence from right to left
	// super, when set, supertags the words before the parse.
	super *supertagger
}

var _ dyad.Parser = (*Parser)(nil)

// RootLabel is the relation of the sentence's root word.
const RootLabel = "root"

// Parse sets Head and Rel of every token from their Text and XPOS/UPOS.
func (p *Parser) Parse(s *dyad.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	if p.reverse {
		r := dyad.Sentence{Tokens: reverseTokens(s.Tokens)}
		q := *p
		q.reverse = false
		q.Parse(&r)
		back := reverseTokens(r.Tokens)
		for i := range s.Tokens {
			s.Tokens[i].Head, s.Tokens[i].Rel = back[i].Head, back[i].Rel
		}
		return
	}
	sent := newSentence(s.Tokens)
	if p.super != nil {
		sent.super = p.super.tag(s.Tokens)
	}
	st := newState(n)
	scores := make([]float32, p.model.Classes())
	feats := make([]uint64, 0, 128)
	for !st.terminal() {
		feats = features(feats[:0], st, sent)
		clear(scores)
		p.model.Score(feats, scores)
		p.classes.apply(st, p.classes.best(st, scores))
	}
	for i := range s.Tokens {
		h := int(st.head[i])
		if h == n || h < 0 {
			h = -1
		}
		s.Tokens[i].Head = h
		s.Tokens[i].Rel = p.labels[st.label[i]]
	}
}

// Labels returns the relations the parser predicts.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Size returns the number of features and weights of the model.
func (p *Parser) Size() (features, weights int) { return p.model.Features(), p.model.Weights() }

// reverseTokens returns the tokens in reverse order with their heads
// renumbered to match.
func reverseTokens(toks []dyad.Token) []dyad.Token {
	n := len(toks)
	out := make([]dyad.Token, n)
	for i, t := range toks {
		if t.Head >= 0 && t.Head < n {
			t.Head = n - 1 - t.Head
		} else {
			t.Head = -1
		}
		out[n-1-i] = t
	}
	return out
}
