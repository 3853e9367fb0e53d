package dict

import (
	"sort"

	"github.com/dyadproject/dyad"
)

// Issue is an issue-coding phrase: text about a topic ("kindergarten" is
// EARLY_CHILDHOOD_EDUCATION in the EDUCATION category).
type Issue struct {
	Category string
	Code     string
	Pos      dyad.Pos
}

// Issues finds issue phrases in text. Ignore phrases ("a head start") hide
// the words they cover from the issue phrases.
type Issues struct {
	Trie[*Issue]
	Ignore  Trie[bool]
	Entries []*Issue
}

// IssueCount is how often an issue code occurs in a text.
type IssueCount struct {
	Code  string
	Count int
}

// Find counts the issue codes in a sequence of folded words, most frequent
// first.
func (is *Issues) Find(words []string) []IssueCount {
	if is == nil || is.Len() == 0 {
		return nil
	}
	counts := map[string]int{}
	for i := 0; i < len(words); {
		if _, end, ok := is.Ignore.Match(words, i, len(words)); ok {
			i = end
			continue
		}
		if v, end, ok := is.Match(words, i, len(words)); ok {
			counts[v.Code]++
			i = end
			continue
		}
		i++
	}
	out := make([]IssueCount, 0, len(counts))
	for c, n := range counts {
		out = append(out, IssueCount{c, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Code < out[j].Code
	})
	return out
}
