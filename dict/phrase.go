package dict

import "strings"

// Phrase is a sequence of words to be found in text. Gap[i] (for i > 0) says
// that other words may stand between Words[i-1] and Words[i]; otherwise they
// must be consecutive.
type Phrase struct {
	Words []string
	Gap   []bool
}

// ParsePhrase reads a dictionary phrase: words joined by '_' are
// consecutive; words separated by blanks are consecutive too unless
// blankIsGap, in which case other words may come between them. A trailing
// '_' (TABARI's "no stemming" mark) is dropped. Words are folded to upper
// case, and split as the tokenizer splits text: a possessive "'S" and a
// contracted "N'T" are words of their own ("PEOPLE'S" is "PEOPLE" "'S").
func ParsePhrase(s string, blankIsGap bool) Phrase {
	var p Phrase
	gap := false
	for _, field := range strings.Fields(s) {
		for i, w := range strings.Split(field, "_") {
			if w == "" {
				continue
			}
			w = Fold(w)
			first := len(p.Words) > 0 && i == 0 && gap
			for _, part := range splitClitic(w) {
				p.Words = append(p.Words, part)
				p.Gap = append(p.Gap, first)
				first = false
			}
		}
		gap = blankIsGap
	}
	return p
}

// splitClitic splits a folded word the way the tokenizer does: "IRAQ'S"
// → "IRAQ" "'S", "DON'T" → "DO" "N'T".
func splitClitic(w string) []string {
	switch {
	case len(w) > 2 && strings.HasSuffix(w, "'S"):
		return []string{w[:len(w)-2], "'S"}
	case len(w) > 3 && strings.HasSuffix(w, "N'T"):
		return []string{w[:len(w)-3], "N'T"}
	}
	return []string{w}
}

func (p Phrase) String() string {
	var b strings.Builder
	for i, w := range p.Words {
		if i > 0 {
			if p.Gap[i] {
				b.WriteByte(' ')
			} else {
				b.WriteByte('_')
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// Trie finds the longest dictionary phrase starting at a position in a
// sequence of folded words.
type Trie[V any] struct {
	root  trieNode[V]
	count int
}

type trieNode[V any] struct {
	next  map[string]*trieNode[V] // consecutive word
	gaped map[string]*trieNode[V] // word that may come after other words
	val   V
	set   bool
	seq   int // insertion order, to break ties between equally long matches
}

// Add stores v under p. If p is already present the first value stays and
// Add reports false.
func (t *Trie[V]) Add(p Phrase, v V) bool {
	if len(p.Words) == 0 {
		return false
	}
	n := &t.root
	for i, w := range p.Words {
		m := &n.next
		if i > 0 && p.Gap[i] {
			m = &n.gaped
		}
		if *m == nil {
			*m = make(map[string]*trieNode[V])
		}
		c := (*m)[w]
		if c == nil {
			c = &trieNode[V]{}
			(*m)[w] = c
		}
		n = c
	}
	if n.set {
		return false
	}
	n.val, n.set, n.seq = v, true, t.count
	t.count++
	return true
}

// Len returns the number of phrases stored.
func (t *Trie[V]) Len() int { return t.count }

// Match returns the value of the longest phrase that starts at words[start]
// and ends at or before limit, and the index just after its last word.
func (t *Trie[V]) Match(words []string, start, limit int) (v V, end int, ok bool) {
	if start >= limit || start >= len(words) {
		return v, 0, false
	}
	first := t.root.next[words[start]]
	if first == nil {
		return v, 0, false
	}
	m := match[V]{end: -1}
	first.walk(words, start+1, min(limit, len(words)), &m)
	if m.end < 0 {
		return v, 0, false
	}
	return m.val, m.end, true
}

// HasPrefix reports whether some phrase starts with word; callers use it to
// skip positions quickly.
func (t *Trie[V]) HasPrefix(word string) bool { return t.root.next[word] != nil }

type match[V any] struct {
	end int
	seq int
	val V
}

func (n *trieNode[V]) walk(words []string, pos, limit int, m *match[V]) {
	if n.set && (pos > m.end || pos == m.end && n.seq < m.seq) {
		m.end, m.seq, m.val = pos, n.seq, n.val
	}
	if pos >= limit {
		return
	}
	if c := n.next[words[pos]]; c != nil {
		c.walk(words, pos+1, limit, m)
	}
	for w, c := range n.gaped {
		for p := pos; p < limit; p++ {
			if words[p] == w {
				c.walk(words, p+1, limit, m)
			}
		}
	}
}
