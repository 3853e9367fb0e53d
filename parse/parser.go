// Package parse is dyad's dependency parser: a greedy arc-hybrid transition
// parser with labelled transitions, scored by an averaged perceptron over
// rich non-local features (Zhang and Nivre 2011: valency, distance, label
// sets and second-order children), trained with a dynamic oracle (Goldberg
// and Nivre 2013) on predicted tags; optionally it also reads the guesses
// of a supertagger run first (each word's relation and the side of its
// head; see supertag.go), and its finished trees may be revised (see
// revise.go). It produces Universal Dependencies trees with the full
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
	// reviser, when set, revises the finished tree (see revise.go);
	// revLabels is derived from labels for it.
	reviser   *Reviser
	revLabels *revLabels
}

var _ dyad.Parser = (*Parser)(nil)

// RootLabel is the relation of the sentence's root word.
const RootLabel = "root"

// Parse sets Head and Rel of every token from their Text and XPOS/UPOS.
func (p *Parser) Parse(s *dyad.Sentence) { p.parse(s, false) }

// ParseMargins is Parse that also returns, for each word, by how much the
// transition that gave it its head beat the best other one (before any
// revision): what a reviser is trained on, with the trees.
func (p *Parser) ParseMargins(s *dyad.Sentence) []float32 { return p.parse(s, true) }

func (p *Parser) parse(s *dyad.Sentence, margins bool) []float32 {
	n := len(s.Tokens)
	if n == 0 {
		return nil
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
		return nil
	}
	sent := newSentence(s.Tokens)
	if p.super != nil {
		sent.super = p.super.tag(s.Tokens)
	}
	st := newState(n)
	var margin []float32
	if margins || p.reviser != nil {
		margin = make([]float32, n)
	}
	p.decode(st, sent, margin)
	head := st.head[:n]
	for i, h := range head {
		if h == int32(n) || h < 0 {
			head[i] = -1
		}
	}
	if p.reviser != nil && n <= maxReviseWords {
		var t revTree
		t.build(sent, head, st.label[:n], p.revLabels)
		t.margin = margin
		p.reviser.revise(&t)
	}
	for i := range s.Tokens {
		s.Tokens[i].Head = int(head[i])
		s.Tokens[i].Rel = p.labels[st.label[i]]
	}
	return margin
}

// decode runs the transition system to the end and, when margin is not
// nil, sets the margin of every word: by how much, in weight units, the
// transition that gave the word its head beat the best other valid one.
//
// The features of the buffer alone are scored once for each buffer front
// and their sum kept while arcs are made (about half the transitions):
// the weights are integers in float32 and their sums stay far below 2^24,
// so adding them in another order gives the same scores to the last bit.
func (p *Parser) decode(st *state, sent *sentence, margin []float32) {
	scores := make([]float32, p.model.Classes())
	bufScores := make([]float32, p.model.Classes())
	front := int32(-1)
	feats := make([]uint64, 0, 128)
	part := make([]uint64, 0, 128)
	scale := p.model.Scale()
	for !st.terminal() {
		feats = features(feats[:0], st, sent)
		if st.b != front {
			part = part[:0]
			for _, i := range bufferPositions {
				part = append(part, feats[i])
			}
			clear(bufScores)
			p.model.Score(part, bufScores)
			front = st.b
		}
		part = part[:0]
		j := 0
		for i, f := range feats {
			if j < len(bufferPositions) && i == bufferPositions[j] {
				j++
				continue
			}
			part = append(part, f)
		}
		copy(scores, bufScores)
		p.model.Score(part, scores)
		c, alt := p.classes.bestTwo(st, scores)
		if p.classes.move[c] != moveShift && margin != nil {
			if s0 := st.s(0); s0 >= 0 && int(s0) < len(margin) {
				m := float32(1e9)
				if alt >= 0 {
					m = (scores[c] - scores[alt]) * scale
				}
				margin[s0] = m
			}
		}
		p.classes.apply(st, c)
	}
}

// SetReviser makes p revise its trees with r (nil: not).
func (p *Parser) SetReviser(r *Reviser) {
	p.reviser = r
	p.revLabels = nil
	if r != nil {
		p.revLabels = newRevLabels(p.labels)
	}
}

// Revises reports whether the parser revises its trees.
func (p *Parser) Revises() bool { return p.reviser != nil }

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
