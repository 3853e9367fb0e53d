// Package parse is dyad's dependency parser: a greedy arc-hybrid transition
// parser with labelled transitions, scored by an averaged perceptron over
// rich non-local features (Zhang and Nivre 2011: valency, distance, label
// sets and second-order children), trained with a dynamic oracle (Goldberg
// and Nivre 2013) on predicted tags. It produces Universal Dependencies
// trees with the full relation subtypes (nsubj:pass, acl:relcl, ...).
package parse

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// Parser parses tagged sentences; it implements dyad.Parser. It is
// read-only after it is built and safe for concurrent use.
type Parser struct {
	model  *linear.Model
	labels []string
	root   int // index of the root label
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
	sent := newSentence(s.Tokens)
	st := newState(n)
	scores := make([]float32, p.model.Classes())
	feats := make([]uint64, 0, 128)
	for !st.terminal() {
		feats = features(feats[:0], st, sent)
		clear(scores)
		p.model.Score(feats, scores)
		apply(st, best(st, scores, p.root))
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
