package ptb

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// ToSentence converts a parse to a dyad.Sentence: one token per word, with
// Universal Dependencies style heads and relations found by head rules
// (content words head their phrases: the main verb heads its auxiliaries,
// a predicate heads its copula, a preposition's object heads the
// preposition), and UPOS tags mapped from the Penn tags.
//
// text is the sentence as written and offset its position in the document:
// the words are aligned to it so that every token's Span points at its
// characters. Words that cannot be found in text (a parse that does not
// match its text) get an empty span at the place reached so far.
func ToSentence(tree *Node, text string, offset int) *dyad.Sentence {
	c := &converter{}
	c.leaves = tree.Leaves()
	c.toks = make([]dyad.Token, len(c.leaves))
	for i, leaf := range c.leaves {
		leaf.leaf = i // also for trees built by hand
		c.toks[i] = dyad.Token{
			Text: surface(leaf.Word),
			XPOS: leaf.Label,
			UPOS: upos(leaf.Label, leaf.Word),
			Head: -1,
		}
	}
	root := c.visit(tree)
	c.toks[root].Rel = "root"
	c.markPassives()
	for i := range c.toks {
		switch c.toks[i].Rel {
		case "aux", "aux:pass", "cop":
			if c.toks[i].UPOS == "VERB" {
				c.toks[i].UPOS = "AUX"
			}
		}
	}
	align(c.toks, text, offset)
	return &dyad.Sentence{
		Span:   dyad.Span{Start: offset, End: offset + len(text)},
		Text:   text,
		Tokens: c.toks,
	}
}

type converter struct {
	leaves []*Node
	toks   []dyad.Token
	heads  []int // scratch: the head token of each child of the phrases being visited
}

// visit assigns heads below n and returns the token index of n's lexical
// head.
func (c *converter) visit(n *Node) int {
	if n.IsLeaf() {
		return n.leaf
	}
	base := len(c.heads)
	for _, k := range n.Kids {
		h := c.visit(k)
		c.heads = append(c.heads, h)
	}
	heads := c.heads[base:]
	var head int
	if groups := conjuncts(n); groups != nil {
		head = c.coordinate(n, groups, heads)
	} else {
		head = c.attach(n, 0, len(n.Kids), heads)
	}
	c.heads = c.heads[:base]
	return head
}

// attach finds the head among n.Kids[lo:hi], attaches the others to it and
// returns the head token.
func (c *converter) attach(n *Node, lo, hi int, heads []int) int {
	h := headChild(n, lo, hi)
	head := heads[h]
	for i := lo; i < hi; i++ {
		if i == h {
			continue
		}
		t := &c.toks[heads[i]]
		t.Head = head
		t.Rel = c.relation(n, h, i, lo, hi)
	}
	return head
}

// coordinate attaches the conjuncts of a coordination: the first conjunct
// heads the phrase, the others are conj of it, and conjunctions and
// separating punctuation attach to the conjunct that follows them.
func (c *converter) coordinate(n *Node, groups [][2]int, heads []int) int {
	ghead := make([]int, len(groups))
	for g, r := range groups {
		ghead[g] = c.attach(n, r[0], r[1], heads)
	}
	first := ghead[0]
	for g := 1; g < len(groups); g++ {
		c.toks[ghead[g]].Head = first
		c.toks[ghead[g]].Rel = "conj"
	}
	// Separators: everything not inside a group.
	inGroup := make([]bool, len(n.Kids))
	for _, r := range groups {
		for i := r[0]; i < r[1]; i++ {
			inGroup[i] = true
		}
	}
	for i, k := range n.Kids {
		if inGroup[i] {
			continue
		}
		next := first
		for g, r := range groups {
			if r[0] > i {
				next = ghead[g]
				break
			}
		}
		t := &c.toks[heads[i]]
		if next == heads[i] {
			next = first
		}
		t.Head = next
		switch {
		case k.Label == "CC" || k.Label == "CONJP":
			t.Rel = "cc"
		case isPunct(k.Label):
			t.Rel = "punct"
		default:
			t.Rel = "advmod" // "both", "either", "not only"
		}
	}
	return first
}

// conjuncts splits a coordinated phrase into its conjuncts (index ranges of
// n.Kids), or returns nil when n is not a coordination. A phrase is a
// coordination when a CC or CONJP stands between two non-punctuation
// children; commas and semicolons then separate conjuncts too.
func conjuncts(n *Node) [][2]int {
	hasCC := false
	for i, k := range n.Kids {
		if (k.Label == "CC" || k.Label == "CONJP") && i > 0 && i < len(n.Kids)-1 {
			hasCC = true
		}
	}
	if !hasCC {
		return nil
	}
	var groups [][2]int
	start := -1
	for i, k := range n.Kids {
		sep := k.Label == "CC" || k.Label == "CONJP" || k.Label == "," || k.Label == ":"
		if sep {
			if start >= 0 {
				groups = append(groups, [2]int{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		// Trailing punctuation does not form a conjunct.
		end := len(n.Kids)
		for end > start && isPunct(n.Kids[end-1].Label) {
			end--
		}
		if end > start {
			groups = append(groups, [2]int{start, end})
		}
	}
	if len(groups) < 2 {
		return nil
	}
	// A leading determiner group ("both X and Y") keeps its determiner.
	return groups
}

// markPassives finds passive clauses after the tree is built: a past
// participle with a form of "be" or "get" among its auxiliaries. Its
// auxiliary becomes aux:pass, its subject nsubj:pass, and a "by" phrase
// obl:agent.
func (c *converter) markPassives() {
	for v := range c.toks {
		if c.toks[v].XPOS != "VBN" {
			continue
		}
		passive := false
		for d := range c.toks {
			if c.toks[d].Head == v && c.toks[d].Rel == "aux" && isBeOrGet(c.toks[d].Text) {
				c.toks[d].Rel = "aux:pass"
				passive = true
			}
		}
		if !passive {
			continue
		}
		for d := range c.toks {
			if c.toks[d].Head != v {
				continue
			}
			switch c.toks[d].Rel {
			case "nsubj":
				c.toks[d].Rel = "nsubj:pass"
			case "obl":
				for e := range c.toks {
					if c.toks[e].Head == d && c.toks[e].Rel == "case" && strings.EqualFold(c.toks[e].Text, "by") {
						c.toks[d].Rel = "obl:agent"
					}
				}
			}
		}
	}
}

func isBeOrGet(w string) bool {
	switch strings.ToLower(w) {
	case "be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m",
		"get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

func isPunct(tag string) bool {
	switch tag {
	case ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "-LCB-", "-RCB-", "-LSB-", "-RSB-", "#", "HYPH", "NFP":
		return true
	}
	return false
}

func isVerbTag(tag string) bool {
	return strings.HasPrefix(tag, "VB") || strings.HasPrefix(tag, "AUX")
}

// surface turns a treebank word back into the characters it stands for.
func surface(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "-LCB-":
		return "{"
	case "-RCB-":
		return "}"
	case "-LSB-":
		return "["
	case "-RSB-":
		return "]"
	case "``", "''":
		return `"`
	}
	return w
}

// upos maps a Penn Treebank tag to a universal part of speech.
func upos(tag, word string) string {
	switch {
	case tag == "NN" || tag == "NNS":
		return "NOUN"
	case tag == "NNP" || tag == "NNPS":
		return "PROPN"
	case tag == "MD" || strings.HasPrefix(tag, "AUX"):
		return "AUX"
	case strings.HasPrefix(tag, "VB"):
		return "VERB"
	case strings.HasPrefix(tag, "JJ"):
		return "ADJ"
	case strings.HasPrefix(tag, "RB") || tag == "WRB":
		if w := strings.ToLower(word); w == "not" || w == "n't" {
			return "PART"
		}
		return "ADV"
	case tag == "IN":
		return "ADP"
	case tag == "TO" || tag == "POS" || tag == "RP":
		if tag == "RP" {
			return "ADP"
		}
		return "PART"
	case tag == "DT" || tag == "PDT" || tag == "WDT":
		return "DET"
	case tag == "PRP" || tag == "PRP$" || tag == "WP" || tag == "WP$" || tag == "EX":
		return "PRON"
	case tag == "CD":
		return "NUM"
	case tag == "CC":
		return "CCONJ"
	case tag == "UH":
		return "INTJ"
	case tag == "$" || tag == "SYM":
		return "SYM"
	case isPunct(tag):
		return "PUNCT"
	}
	return "X"
}
