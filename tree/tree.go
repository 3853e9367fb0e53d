// Package tree gives the coding engine a navigable view of a parsed
// sentence: children, subtree extents and folded words, computed once.
package tree

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// Tree is a parsed sentence prepared for coding.
type Tree struct {
	S      *dyad.Sentence
	Words  []string // folded token text, as dictionaries are matched
	Kids   [][]int  // children of each token, in order
	Lo, Hi []int    // first and last token of each token's subtree
	Roots  []int    // tokens without a head, in order
	heads  []int    // cleaned heads: -1 for roots
}

// New builds the tree of s. Heads that point outside the sentence, or that
// would form a cycle, are treated as roots so that any input is usable.
func New(s *dyad.Sentence) *Tree {
	n := len(s.Tokens)
	t := &Tree{
		S:     s,
		Words: make([]string, n),
		Kids:  make([][]int, n),
		Lo:    make([]int, n),
		Hi:    make([]int, n),
	}
	head := make([]int, n)
	for i := range s.Tokens {
		t.Words[i] = dict.Fold(s.Tokens[i].Text)
		h := s.Tokens[i].Head
		if h < 0 || h >= n || h == i {
			h = -1
		}
		head[i] = h
	}
	// Break cycles: follow heads from each token; a token met twice on
	// one walk closes a cycle, and the token that closes it becomes a root.
	state := make([]uint8, n) // 0 new, 1 on the current walk, 2 done
	var path []int
	for i := range head {
		path = path[:0]
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			path = append(path, j)
			j = head[j]
		}
		if j >= 0 && state[j] == 1 {
			head[j] = -1
		}
		for _, p := range path {
			state[p] = 2
		}
	}
	t.heads = head
	// Children share one backing array, sliced by count.
	count := make([]int, n)
	for _, h := range head {
		if h >= 0 {
			count[h]++
		}
	}
	backing := make([]int, 0, n)
	for i := range t.Kids {
		t.Kids[i] = backing[len(backing) : len(backing) : len(backing)+count[i]]
		backing = backing[:len(backing)+count[i]]
	}
	for i, h := range head {
		if h < 0 {
			t.Roots = append(t.Roots, i)
		} else {
			t.Kids[h] = append(t.Kids[h], i)
		}
		t.Lo[i], t.Hi[i] = i, i
	}
	// Extents, children before parents: walk each root's subtree.
	var extent func(int)
	extent = func(i int) {
		for _, k := range t.Kids[i] {
			extent(k)
			t.Lo[i] = min(t.Lo[i], t.Lo[k])
			t.Hi[i] = max(t.Hi[i], t.Hi[k])
		}
	}
	for _, r := range t.Roots {
		extent(r)
	}
	return t
}

// Len returns the number of tokens.
func (t *Tree) Len() int { return len(t.Words) }

// Head returns the head of token i, or -1.
func (t *Tree) Head(i int) int { return t.heads[i] }

// Rel returns the relation of token i.
func (t *Tree) Rel(i int) string { return t.S.Tokens[i].Rel }

// BaseRel returns the relation of token i without its subtype.
func (t *Tree) BaseRel(i int) string {
	r := t.S.Tokens[i].Rel
	if j := strings.IndexByte(r, ':'); j >= 0 {
		return r[:j]
	}
	return r
}

// Tok returns token i.
func (t *Tree) Tok(i int) *dyad.Token { return &t.S.Tokens[i] }

// Contains reports whether token i is in the subtree of a.
func (t *Tree) Contains(a, i int) bool {
	for j := i; j >= 0; j = t.Head(j) {
		if j == a {
			return true
		}
	}
	return false
}

// Child returns the first child of i whose relation is one of rels (full
// relation or base relation), or -1.
func (t *Tree) Child(i int, rels ...string) int {
	for _, k := range t.Kids[i] {
		for _, r := range rels {
			if t.Rel(k) == r || t.BaseRel(k) == r {
				return k
			}
		}
	}
	return -1
}

// IsVerb reports whether token i is a verb that heads its own predication
// (not an auxiliary or copula).
func (t *Tree) IsVerb(i int) bool {
	tok := &t.S.Tokens[i]
	switch t.BaseRel(i) {
	case "aux", "cop":
		return false
	}
	return tok.UPOS == "VERB" || strings.HasPrefix(tok.XPOS, "VB")
}

// IsNominal reports whether token i can head a noun phrase.
func (t *Tree) IsNominal(i int) bool {
	tok := &t.S.Tokens[i]
	switch tok.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	case "X", "SYM", "":
		return strings.HasPrefix(tok.XPOS, "NN")
	}
	return false
}

// Span returns the document span of tokens [a, b].
func (t *Tree) Span(a, b int) dyad.Span {
	if a < 0 || b >= len(t.Words) || a > b {
		return dyad.Span{}
	}
	return dyad.Span{Start: t.S.Tokens[a].Span.Start, End: t.S.Tokens[b].Span.End}
}
