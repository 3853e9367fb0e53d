package dicts_test

import (
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/ptb"
	"github.com/dyadproject/dyad/standard"
)

// builtinSet loads every built-in dictionary once, as dyad does.
var builtinSet = sync.OnceValues(func() (*dict.Set, error) {
	set, errs, err := standard.LoadDicts("")
	if err != nil {
		return nil, err
	}
	return set, errs.Err()
})

func builtinCoder(t testing.TB) *code.Coder {
	t.Helper()
	set, err := builtinSet()
	if err != nil {
		t.Fatalf("loading the built-in dictionaries: %v", err)
	}
	return code.New(set, code.DefaultOptions())
}

// leaves rebuilds a sentence's text from its parse: the words joined by
// blanks, which is how the fixtures below are written.
func leaves(n *ptb.Node) string {
	var words []string
	for _, l := range n.Leaves() {
		words = append(words, l.Word)
	}
	return strings.Join(words, " ")
}

// codeParse codes one bracketed parse dated 1 January 2020 and returns its
// events as sorted "SOURCE TARGET CODE" triples joined by "; ".
func codeParse(t testing.TB, c *code.Coder, parse string) string {
	t.Helper()
	tree, err := ptb.Parse(parse)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	s := ptb.ToSentence(tree, leaves(tree), 0)
	evs, err := c.Code(s, dyad.Date(20200101))
	if err != nil {
		t.Fatalf("code: %v", err)
	}
	var out []string
	for _, e := range evs {
		out = append(out, e.Source+" "+e.Target+" "+e.Code)
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

func TestVerbBehaviour(t *testing.T) {
	c := builtinCoder(t)
	for _, tc := range behaviourCases {
		t.Run(tc.name, func(t *testing.T) {
			got := codeParse(t, c, tc.parse)
			if got != tc.want {
				t.Errorf("%s\n got %q\nwant %q", leavesOf(tc.parse), got, tc.want)
			}
		})
	}
}

func leavesOf(parse string) string {
	tree, err := ptb.Parse(parse)
	if err != nil {
		return parse
	}
	return leaves(tree)
}

// BenchmarkCodeBuiltinVerbs codes the test sentences (already parsed) with
// the built-in dictionaries: the cost of the verb patterns per sentence.
func BenchmarkCodeBuiltinVerbs(b *testing.B) {
	c := builtinCoder(b)
	var sents []*dyad.Sentence
	for _, tc := range behaviourCases {
		tree, err := ptb.Parse(tc.parse)
		if err != nil {
			b.Fatal(err)
		}
		sents = append(sents, ptb.ToSentence(tree, leaves(tree), 0))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			if _, err := c.Code(s, dyad.Date(20200101)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences/op")
}
