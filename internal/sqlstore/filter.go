package sqlstore

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// where collects the conditions of a query and their arguments, in order.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// prefixRange returns the condition that col begins with prefix, written as
// a range so that an index on col serves it; codes are upper-case ASCII
// letters and digits (the filter is validated), so incrementing the last
// byte gives the end of the range.
func prefixRange(col, prefix string) (string, []any) {
	end := prefix[:len(prefix)-1] + string(prefix[len(prefix)-1]+1)
	return "(" + col + " >= ? AND " + col + " < ?)", []any{prefix, end}
}

// actorPrefix returns the condition that the actor column col ("source" or
// "target") begins with prefix. From three letters on it tests the
// country column (src3, tgt3), which the indexes lead with: for a
// three-letter prefix that is the whole test, for a longer one the range on
// the full code narrows it further.
func actorPrefix(col, prefix string) (string, []any) {
	if len(prefix) < 3 {
		return prefixRange(col, prefix)
	}
	cc := map[string]string{"source": "src3", "target": "tgt3"}[col]
	if len(prefix) == 3 {
		return cc + " = ?", []any{prefix}
	}
	r, args := prefixRange(col, prefix)
	return "(" + cc + " = ? AND " + r + ")", append([]any{prefix[:3]}, args...)
}

// eventWhere translates a filter, without its cursor, into conditions.
// For aggregates (which read every selected row) a dyad of two countries
// is written with IN lists, which SQLite answers from the covering index;
// for pages of events the OR form lets it pick the newest rows first.
func (s *Store) eventWhere(f *dyad.EventFilter, aggregate bool) (*where, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	w := &where{}
	if f.From != 0 {
		w.add("date >= ?", int(f.From))
	}
	if f.To != 0 {
		w.add("date <= ?", int(f.To))
	}
	switch {
	case aggregate && f.BothWays && len(f.Source) == 3 && len(f.Target) == 3 && f.Source == f.Target:
		w.add("src3 = ? AND tgt3 = ?", f.Source, f.Source)
	case aggregate && f.BothWays && len(f.Source) == 3 && len(f.Target) == 3:
		// Two countries either way, written without OR: an OR makes
		// SQLite read every matching row from the table, while IN lists
		// on the leading columns of events_dyad are index seeks.
		w.add("src3 IN (?, ?) AND tgt3 IN (?, ?) AND src3 <> tgt3", f.Source, f.Target, f.Source, f.Target)
	case f.BothWays && f.Source != "" && f.Target != "":
		s1, a1 := actorPrefix("source", f.Source)
		t1, b1 := actorPrefix("target", f.Target)
		s2, a2 := actorPrefix("source", f.Target)
		t2, b2 := actorPrefix("target", f.Source)
		args := append(append(append(a1, b1...), a2...), b2...)
		w.add("(("+s1+" AND "+t1+") OR ("+s2+" AND "+t2+"))", args...)
	case f.BothWays && (f.Source != "" || f.Target != ""):
		either(w, f.Source+f.Target)
	default:
		if f.Source != "" {
			c, a := actorPrefix("source", f.Source)
			w.add(c, a...)
		}
		if f.Target != "" {
			c, a := actorPrefix("target", f.Target)
			w.add(c, a...)
		}
	}
	if f.Actor != "" {
		either(w, f.Actor)
	}
	// Every code begins with its root. Alone, a code or root is a range
	// that the code index serves; with an actor, the actor's index (which
	// holds the code) is the better way in, so the code test is written in
	// a form no index serves, to keep the planner on the actor's index.
	actorSet := f.Source != "" || f.Target != "" || f.Actor != ""
	for _, prefix := range []string{f.Code, f.Root} {
		switch {
		case prefix == "":
		case actorSet:
			w.add("substr(code, 1, "+fmt.Sprint(len(prefix))+") = ?", prefix)
		default:
			c, a := prefixRange("code", prefix)
			w.add(c, a...)
		}
	}
	if f.Quad != 0 {
		w.add("quad = ?", int(f.Quad))
	}
	if f.PLOVER != "" {
		w.add("plover = ?", f.PLOVER)
	}
	if f.Doc != "" {
		w.add("article_id IN (SELECT id FROM articles WHERE doc = ?)", f.Doc)
	}
	if strings.TrimSpace(f.Query) != "" {
		c, a, err := s.d.EventMatch(f.Query)
		if err != nil {
			return nil, err
		}
		w.add(c, a)
	}
	return w, nil
}

func either(w *where, actor string) {
	c1, a1 := actorPrefix("source", actor)
	c2, a2 := actorPrefix("target", actor)
	w.add("("+c1+" OR "+c2+")", append(a1, a2...)...)
}

// Cursors are opaque to clients: the sort key of the last row of a page,
// as base64 of a JSON array.
func encodeCursor(key ...any) string {
	b, _ := json.Marshal(key)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(c string, key ...any) error {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return dyad.Invalid("cursor %q: not a cursor this server gave", c)
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil || len(raw) != len(key) {
		return dyad.Invalid("cursor %q: not a cursor this server gave", c)
	}
	for i := range key {
		if err := json.Unmarshal(raw[i], key[i]); err != nil {
			return dyad.Invalid("cursor %q: not a cursor this server gave", c)
		}
	}
	return nil
}

// WordsOf returns the words of a search query: runs of letters and digits.
// Both dialects search for all of them, so no query syntax reaches the
// database.
func WordsOf(q string) []string {
	return strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// ErrNoWords is the error for a search query without a word in it.
func ErrNoWords(q string) error {
	return dyad.Invalid("q %q: no words to search for", q)
}
