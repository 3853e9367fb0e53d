// Package shingle scores an extracted article body against a gold one the way
// the public article-extraction benchmark does: both texts are cut into word
// 4-gram shingles, and the shingles in common count as true positives.
//
// Per page, the true-positive, false-positive and false-negative counts are
// normalised to sum to 1, so that long pages weigh no more than short ones;
// precision and recall are computed per page and averaged over the pages,
// and the F1 is the harmonic mean of the two averages. A word is a maximal
// run of Unicode letters, digits and underscores (Python's \w+).
package shingle

import (
	"strings"
	"unicode"
)

// N is the shingle length in words.
const N = 4

// Counts are the normalised true-positive, false-positive and false-negative
// shingle counts of one page; they sum to 1, or are all 0 when both texts
// are empty.
type Counts struct {
	TP, FP, FN float64
}

// Match compares a predicted text with the gold text.
func Match(gold, pred string) Counts {
	g, p := shingles(gold), shingles(pred)
	var tp, fp, fn float64
	for k, gc := range g {
		pc := p[k]
		tp += float64(min(gc, pc))
		fn += float64(max(0, gc-pc))
	}
	for k, pc := range p {
		fp += float64(max(0, pc-g[k]))
	}
	s := tp + fp + fn
	if s == 0 {
		return Counts{}
	}
	return Counts{tp / s, fp / s, fn / s}
}

// Precision is TP/(TP+FP); a page with no predicted shingle has precision 0
// unless its gold text is empty too.
func (c Counts) Precision() float64 {
	if c.TP+c.FP == 0 {
		if c.FN == 0 {
			return 1
		}
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is TP/(TP+FN); a page with an empty gold text has recall 1.
func (c Counts) Recall() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return c.TP / (c.TP + c.FN)
}

// Score is the benchmark's summary of many pages.
type Score struct {
	Pages     int
	Precision float64 // mean of the per-page precisions
	Recall    float64 // mean of the per-page recalls
	F1        float64 // harmonic mean of Precision and Recall

	// The same from the per-page normalised counts summed over the pages
	// (precision = ΣTP/(ΣTP+ΣFP)), a reading of the benchmark that some
	// reports use; it differs little.
	PooledPrecision, PooledRecall, PooledF1 float64
}

// Summarize averages per-page counts into a Score.
func Summarize(pages []Counts) Score {
	s := Score{Pages: len(pages)}
	if len(pages) == 0 {
		return s
	}
	for _, c := range pages {
		s.Precision += c.Precision()
		s.Recall += c.Recall()
	}
	s.Precision /= float64(len(pages))
	s.Recall /= float64(len(pages))
	s.F1 = harmonic(s.Precision, s.Recall)
	var sum Counts
	for _, c := range pages {
		sum.TP += c.TP
		sum.FP += c.FP
		sum.FN += c.FN
	}
	if sum.TP+sum.FP > 0 {
		s.PooledPrecision = sum.TP / (sum.TP + sum.FP)
	}
	if sum.TP+sum.FN > 0 {
		s.PooledRecall = sum.TP / (sum.TP + sum.FN)
	}
	s.PooledF1 = harmonic(s.PooledPrecision, s.PooledRecall)
	return s
}

// shingles counts the word 4-grams of text. A text of fewer than N words
// is one shingle of all its words, as in the benchmark.
func shingles(text string) map[string]int {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
	m := make(map[string]int, len(words))
	if len(words) == 0 {
		return m
	}
	if len(words) < N {
		m[strings.Join(words, " ")]++
		return m
	}
	for i := 0; i+N <= len(words); i++ {
		m[strings.Join(words[i:i+N], " ")]++
	}
	return m
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
