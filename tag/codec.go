package tag

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/dyadproject/dyad/internal/linear"
)

// WriteTo stores the tagger: its classes, lemmatiser and models.
func (t *Tagger) WriteTo(w *bufio.Writer) error {
	linear.PutStrings(w, t.Classes())
	var kv []string
	for k, v := range t.lemma.known {
		kv = append(kv, k+"\x00\x00"+v)
	}
	sort.Strings(kv)
	linear.PutStrings(w, kv)
	var rules []string
	for k := range t.lemma.rules {
		rules = append(rules, k)
	}
	sort.Strings(rules)
	linear.PutUvarint(w, uint64(len(rules)))
	for _, k := range rules {
		r := t.lemma.rules[k]
		linear.PutString(w, k)
		linear.PutUvarint(w, uint64(r.Cut))
		linear.PutString(w, r.Add)
	}
	var keys []uint64
	for k := range t.dict {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	linear.PutUvarint(w, uint64(len(keys)))
	for _, k := range keys {
		linear.PutUvarint(w, k)
		linear.PutUvarint(w, uint64(t.dict[k]))
	}
	hasFirst := uint64(0)
	if t.first != nil {
		hasFirst = 1
	}
	linear.PutUvarint(w, hasFirst)
	if t.first != nil {
		if _, err := t.first.WriteTo(w); err != nil {
			return err
		}
	}
	_, err := t.model.WriteTo(w)
	return err
}

// Read reads a tagger written by WriteTo.
func Read(r io.ByteReader) (*Tagger, error) {
	classes, err := linear.GetStrings(r, 1<<12)
	if err != nil {
		return nil, fmt.Errorf("tag: classes: %w", err)
	}
	if len(classes) == 0 {
		return nil, fmt.Errorf("tag: %w: no classes", linear.ErrFormat)
	}
	t := &Tagger{lemma: &Lemmatizer{known: map[string]string{}, rules: map[string]rule{}}}
	for _, c := range classes {
		u, x := splitClass(c)
		t.upos = append(t.upos, u)
		t.xpos = append(t.xpos, x)
	}
	t.hashes = classHashes(t.upos, t.xpos)
	kv, err := linear.GetStrings(r, 1<<24)
	if err != nil {
		return nil, fmt.Errorf("tag: lemmas: %w", err)
	}
	for _, s := range kv {
		k, v, ok := cutDouble(s)
		if !ok {
			return nil, fmt.Errorf("tag: lemmas: %w: bad entry", linear.ErrFormat)
		}
		t.lemma.known[k] = v
	}
	n, err := linear.GetUvarint(r, 1<<24)
	if err != nil {
		return nil, fmt.Errorf("tag: lemma rules: %w", err)
	}
	for range n {
		k, err := linear.GetString(r)
		if err != nil {
			return nil, fmt.Errorf("tag: lemma rules: %w", err)
		}
		cut, err := linear.GetUvarint(r, 64)
		if err != nil {
			return nil, fmt.Errorf("tag: lemma rules: %w", err)
		}
		add, err := linear.GetString(r)
		if err != nil {
			return nil, fmt.Errorf("tag: lemma rules: %w", err)
		}
		t.lemma.rules[k] = rule{Cut: int(cut), Add: add}
	}
	nd, err := linear.GetUvarint(r, 1<<24)
	if err != nil {
		return nil, fmt.Errorf("tag: dictionary: %w", err)
	}
	t.dict = make(map[uint64]int32, min(nd, 1<<16))
	for range nd {
		k, err := linear.GetUvarint(r, 1<<64-1)
		if err != nil {
			return nil, fmt.Errorf("tag: dictionary: %w", err)
		}
		c, err := linear.GetUvarint(r, uint64(len(classes)-1))
		if err != nil {
			return nil, fmt.Errorf("tag: dictionary: %w", err)
		}
		t.dict[k] = int32(c)
	}
	hasFirst, err := linear.GetUvarint(r, 1)
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	if hasFirst == 1 {
		if t.first, err = linear.Read(r); err != nil {
			return nil, fmt.Errorf("tag: first pass: %w", err)
		}
	}
	if t.model, err = linear.Read(r); err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	if t.model.Classes() != len(classes) || t.first != nil && t.first.Classes() != len(classes) {
		return nil, fmt.Errorf("tag: %w: models disagree with %d classes", linear.ErrFormat, len(classes))
	}
	return t, nil
}

// cutDouble splits "key\x00\x00value"; keys hold single NULs.
func cutDouble(s string) (string, string, bool) {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0 && s[i+1] == 0 {
			return s[:i], s[i+2:], true
		}
	}
	return "", "", false
}
