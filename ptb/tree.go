// Package ptb reads Penn Treebank bracketed parses, such as those the
// Stanford CoreNLP parser writes and the PETRARCH validation suite carries,
// and converts them to dyad's dependency analysis with head rules, so that the
// coding engine sees the same kind of tree whether a parse was supplied or
// produced by dyad's own parser.
package ptb

import (
	"fmt"
	"strings"
)

// Node is a constituent of a bracketed parse. A preterminal (a part-of-speech
// tag over one word) has Word set and no Kids.
type Node struct {
	Label    string  // phrase label or POS tag, without function tags ("NP" for "NP-TMP")
	Function string  // function tag, if any ("TMP" for "NP-TMP")
	Word     string  // the word, for preterminals
	Kids     []*Node // children, for phrases
	Offset   int     // byte offset of the node's opening bracket in the input
	leaf     int     // index among the tree's preterminals, for preterminals
}

// IsLeaf reports whether n is a preterminal.
func (n *Node) IsLeaf() bool { return n.Kids == nil && n.Word != "" }

// Leaves returns the preterminals under n in order.
func (n *Node) Leaves() []*Node { return n.appendLeaves(nil) }

func (n *Node) appendLeaves(out []*Node) []*Node {
	if n.IsLeaf() {
		return append(out, n)
	}
	for _, k := range n.Kids {
		out = k.appendLeaves(out)
	}
	return out
}

// String writes n back in bracket form, on one line.
func (n *Node) String() string {
	var b strings.Builder
	n.write(&b)
	return b.String()
}

func (n *Node) write(b *strings.Builder) {
	b.WriteByte('(')
	b.WriteString(n.Label)
	if n.Function != "" {
		b.WriteByte('-')
		b.WriteString(n.Function)
	}
	if n.IsLeaf() {
		b.WriteByte(' ')
		b.WriteString(n.Word)
	}
	for _, k := range n.Kids {
		b.WriteByte(' ')
		k.write(b)
	}
	b.WriteByte(')')
}

// SyntaxError is a malformed parse: an unbalanced bracket, a missing label,
// text after the tree. Offset and Line locate it in the input.
type SyntaxError struct {
	Offset int
	Line   int // 1-based line within the input
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d (offset %d): %s", e.Line, e.Offset, e.Msg)
}

// Parse reads one bracketed tree. Both "(ROOT (S ...))" and the unlabelled
// "( (S ...))" forms are accepted; the returned node is the outermost
// bracket. Empty elements (-NONE-) are dropped.
func Parse(s string) (*Node, error) {
	p := &parser{src: s}
	p.arena = make([]Node, 0, strings.Count(s, "("))
	p.skipSpace()
	if p.pos >= len(p.src) {
		return nil, p.errorf("empty parse")
	}
	if p.src[p.pos] != '(' {
		return nil, p.errorf("parse does not start with '('")
	}
	root, err := p.node(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.src) {
		return nil, p.errorf("unbalanced brackets: text after the end of the tree")
	}
	if root == nil || p.leaves == 0 {
		return nil, p.errorf("parse has no words")
	}
	return root, nil
}

// maxDepth bounds recursion on hostile input.
const maxDepth = 500

type parser struct {
	src    string
	pos    int
	arena  []Node  // nodes, allocated together
	stack  []*Node // children of the phrases being read
	leaves int
}

func (p *parser) newNode() *Node {
	if len(p.arena) == cap(p.arena) {
		p.arena = make([]Node, 0, 16)
	}
	p.arena = append(p.arena, Node{})
	return &p.arena[len(p.arena)-1]
}

func (p *parser) errorf(format string, args ...any) error {
	line := 1 + strings.Count(p.src[:min(p.pos, len(p.src))], "\n")
	return &SyntaxError{Offset: p.pos, Line: line, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			p.pos++
		default:
			return
		}
	}
}

// atom reads a run of non-space, non-bracket bytes.
func (p *parser) atom() string {
	start := p.pos
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r', '\f', '\v', '(', ')':
			return p.src[start:p.pos]
		}
		p.pos++
	}
	return p.src[start:p.pos]
}

// node reads "(LABEL child...)" or "(TAG word)" with p.pos at '('. It
// returns nil for an empty element.
func (p *parser) node(depth int) (*Node, error) {
	if depth > maxDepth {
		return nil, p.errorf("parse nested too deeply")
	}
	n := p.newNode()
	n.Offset = p.pos
	p.pos++ // '('
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] != '(' && p.src[p.pos] != ')' {
		n.Label, n.Function = splitLabel(p.atom())
	}
	p.skipSpace()
	if p.pos >= len(p.src) {
		return nil, p.errorf("unbalanced brackets: missing ')' for the bracket at offset %d", n.Offset)
	}
	if p.src[p.pos] != '(' && p.src[p.pos] != ')' {
		// A preterminal: (TAG word).
		n.Word = p.atom()
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			return nil, p.errorf("unbalanced brackets: word %q is not closed", n.Word)
		}
		p.pos++
		if n.Label == "" {
			return nil, p.errorf("word %q has no tag", n.Word)
		}
		if n.Label == "-NONE-" {
			return nil, nil
		}
		n.leaf = p.leaves
		p.leaves++
		return n, nil
	}
	base := len(p.stack)
	for {
		p.skipSpace()
		if p.pos >= len(p.src) {
			return nil, p.errorf("unbalanced brackets: missing ')' for the bracket at offset %d", n.Offset)
		}
		if p.src[p.pos] == ')' {
			p.pos++
			break
		}
		if p.src[p.pos] != '(' {
			return nil, p.errorf("unexpected text %q inside a phrase", p.atom())
		}
		kid, err := p.node(depth + 1)
		if err != nil {
			return nil, err
		}
		if kid != nil {
			p.stack = append(p.stack, kid)
		}
	}
	if len(p.stack) == base {
		return nil, nil // a phrase that held only empty elements
	}
	n.Kids = append([]*Node(nil), p.stack[base:]...)
	p.stack = p.stack[:base]
	return n, nil
}

// splitLabel separates function tags and indexes from a label:
// "NP-TMP" → ("NP", "TMP"), "NP-SBJ-1" → ("NP", "SBJ"), "PP=2" → ("PP", "").
// Labels that are themselves hyphenated (-LRB-, -NONE-) are kept whole.
func splitLabel(s string) (label, function string) {
	if strings.HasPrefix(s, "-") {
		return s, ""
	}
	if i := strings.IndexAny(s, "=-"); i > 0 {
		rest := s[i+1:]
		s = s[:i]
		if j := strings.IndexAny(rest, "=-"); j >= 0 {
			rest = rest[:j]
		}
		if rest != "" && (rest[0] < '0' || rest[0] > '9') {
			function = rest
		}
	}
	return s, function
}
