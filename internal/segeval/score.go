package segeval

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Score counts the units of one kind (tokens or sentences).
type Score struct {
	Gold    int `json:"gold"`
	System  int `json:"system"`
	Correct int `json:"correct"`
}

// Precision is the share of system units that are correct, in percent.
func (s Score) Precision() float64 { return percent(s.Correct, s.System) }

// Recall is the share of gold units that the system found, in percent.
func (s Score) Recall() float64 { return percent(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall, in percent.
func (s Score) F1() float64 { return percent(2*s.Correct, s.Gold+s.System) }

func percent(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Result is the score of one run over a Gold.
type Result struct {
	Tokens    Score
	Sentences Score
}

// System is a system's segmentation of a Gold's text.
type System struct {
	Sentences []dyad.Span
	Tokens    []dyad.Span
}

// Segment runs a splitter and a tokenizer over the gold text.
func Segment(g *Gold, split dyad.SentenceSplitter, tok dyad.Tokenizer) System {
	var sys System
	sys.Sentences = split.Split(g.Text)
	for _, s := range sys.Sentences {
		for _, t := range tok.Tokenize(g.Text, s) {
			sys.Tokens = append(sys.Tokens, t.Span)
		}
	}
	return sys
}

// Evaluate scores a system segmentation against the gold one. Spans are
// compared by the non-space characters they cover, so white space at their
// edges does not matter.
func Evaluate(g *Gold, sys System) Result {
	idx := newCharIndex(g.Text)
	return Result{
		Tokens:    idx.score(g.Words, sys.Tokens),
		Sentences: idx.score(g.Sentences, sys.Sentences),
	}
}

// charIndex maps byte offsets to counts of non-space characters before them.
type charIndex []int32

func newCharIndex(text string) charIndex {
	idx := make(charIndex, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := range size {
			idx[i+k] = n
		}
		if !unicode.IsSpace(r) {
			n++
		}
		i += size
	}
	idx[len(text)] = n
	return idx
}

// key is a span in non-space character offsets.
type key struct{ start, end int32 }

func (idx charIndex) key(s dyad.Span) (key, bool) {
	if s.Start < 0 || s.End > len(idx)-1 || s.Start >= s.End {
		return key{}, false
	}
	k := key{idx[s.Start], idx[s.End]}
	return k, k.start < k.end
}

// score counts the system spans that cover exactly the characters of a gold
// span. Each gold span can be matched once.
func (idx charIndex) score(gold, sys []dyad.Span) Score {
	golds := make(map[key]int, len(gold))
	var s Score
	for _, sp := range gold {
		if k, ok := idx.key(sp); ok {
			golds[k]++
			s.Gold++
		}
	}
	for _, sp := range sys {
		k, ok := idx.key(sp)
		if !ok {
			continue
		}
		s.System++
		if golds[k] > 0 {
			golds[k]--
			s.Correct++
		}
	}
	return s
}
