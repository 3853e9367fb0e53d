package sqlstore

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// clause is one SQL condition and its arguments.
type clause struct {
	cond string
	args []any
}

func (c clause) and(o clause) clause {
	return clause{"(" + c.cond + " AND " + o.cond + ")", append(append([]any{}, c.args...), o.args...)}
}

// anyOf returns the condition that one of cs holds.
func anyOf(cs []clause) clause {
	var conds []string
	var args []any
	for _, c := range cs {
		conds = append(conds, c.cond)
		args = append(args, c.args...)
	}
	return clause{"(" + strings.Join(conds, " OR ") + ")", args}
}

func (c clause) not() clause { return clause{"NOT (" + c.cond + ")", c.args} }

// where collects the conditions of a query and their arguments, in order.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) addClause(c clause) { w.add(c.cond, c.args...) }

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
func prefixRange(col, prefix string) clause {
	end := prefix[:len(prefix)-1] + string(prefix[len(prefix)-1]+1)
	return clause{"(" + col + " >= ? AND " + col + " < ?)", []any{prefix, end}}
}

// actorPrefix returns the condition that the actor column col ("source" or
// "target") begins with prefix. From three letters on it tests the
// country column (src3, tgt3), which the indexes lead with: for a
// three-letter prefix that is the whole test, for a longer one the range on
// the full code narrows it further.
func actorPrefix(col, prefix string) clause {
	if len(prefix) < 3 {
		return prefixRange(col, prefix)
	}
	cc := map[string]string{"source": "src3", "target": "tgt3"}[col]
	if len(prefix) == 3 {
		return clause{cc + " = ?", []any{prefix}}
	}
	return clause{cc + " = ?", []any{prefix[:3]}}.and(prefixRange(col, prefix))
}

// selection is an event filter as SQL: the conditions every selected event
// meets, and the alternatives (branches) of which it meets exactly one.
//
// An event filter asks for an OR whenever it names an actor on either
// side ("actor", or a dyad both ways). SQLite answers an OR on two indexed
// columns by collecting every matching row before it can sort or count
// them; written as a UNION ALL of disjoint branches, each branch is an
// index range in date order, and a page needs only the newest rows of
// each.
type selection struct {
	common   where
	branches []clause // disjoint; none for a filter without an OR
	text     *clause  // the text search, tested after everything else
	plan     MatchPlan
}

// parts returns the conditions of each branch in full, the text search
// last.
func (sel *selection) parts() []where {
	return sel.partsWith(sel.text)
}

func (sel *selection) partsWith(text *clause) []where {
	branches := sel.branches
	if len(branches) == 0 {
		branches = []clause{{}} // the common conditions alone
	}
	out := make([]where, len(branches))
	for i, b := range branches {
		w := where{conds: append([]string{}, sel.common.conds...), args: append([]any{}, sel.common.args...)}
		if b.cond != "" {
			w.addClause(b)
		}
		if text != nil {
			w.addClause(*text)
		}
		out[i] = w
	}
	return out
}

// rows returns a query of cols for every selected event, to be used as a
// subquery: one SELECT, or the UNION ALL of the branches. A set of text
// matches is tested after the union, so that it is built once.
func (sel *selection) rows(cols string) (string, []any) {
	text := sel.text
	outside := text != nil && sel.plan == MatchSet && len(sel.branches) > 1
	if outside {
		text = nil
	}
	var qs []string
	var args []any
	for _, w := range sel.partsWith(text) {
		c := cols
		if outside {
			c = "id, " + cols
		}
		qs = append(qs, "SELECT "+c+" FROM events"+w.String())
		args = append(args, w.args...)
	}
	q := strings.Join(qs, " UNION ALL ")
	if outside {
		q = "SELECT * FROM (" + q + ") AS branches WHERE " + sel.text.cond
		args = append(args, sel.text.args...)
	}
	return q, args
}

// actorBranches returns the actor conditions of f as disjoint
// alternatives: none when f names no actor, one when it needs no OR.
func actorBranches(f *dyad.EventFilter) []clause {
	var sides []clause
	switch {
	case f.BothWays && f.Source != "" && f.Target != "":
		there := actorPrefix("source", f.Source).and(actorPrefix("target", f.Target))
		sides = []clause{there}
		if f.Source != f.Target {
			back := actorPrefix("source", f.Target).and(actorPrefix("target", f.Source))
			// USA and USAGOV overlap: USAGOV→USAGOV goes both ways
			// and is counted there only.
			if strings.HasPrefix(f.Source, f.Target) || strings.HasPrefix(f.Target, f.Source) {
				back = back.and(there.not())
			}
			sides = append(sides, back)
		}
	case f.BothWays && (f.Source != "" || f.Target != ""):
		sides = either(f.Source + f.Target)
	case f.Source != "" && f.Target != "":
		sides = []clause{actorPrefix("source", f.Source).and(actorPrefix("target", f.Target))}
	case f.Source != "":
		sides = []clause{actorPrefix("source", f.Source)}
	case f.Target != "":
		sides = []clause{actorPrefix("target", f.Target)}
	}
	if f.Actor != "" {
		actor := either(f.Actor)
		if sides == nil {
			return actor
		}
		var both []clause
		for _, s := range sides {
			for _, a := range actor {
				both = append(both, s.and(a))
			}
		}
		sides = both
	}
	return sides
}

// either returns the two disjoint ways an event can involve actor: as its
// source, or as its target and not its source.
func either(actor string) []clause {
	src := actorPrefix("source", actor)
	return []clause{src, actorPrefix("target", actor).and(src.not())}
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

// WordsOf returns the words of a search query: runs of letters and digits,
// each once (whatever its case), since the search wants all of them. Both
// dialects search for all of them, so no query syntax reaches the
// database.
func WordsOf(q string) []string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := make(map[string]bool, len(words))
	unique := words[:0]
	for _, w := range words {
		if l := strings.ToLower(w); !seen[l] {
			seen[l] = true
			unique = append(unique, w)
		}
	}
	return unique
}

// maxSearchWords caps the words of one search; a longer query is cut.
const maxSearchWords = 20

// SearchWords returns the words a text search wants, at most
// maxSearchWords of them, or an error for a query without a word in it.
func SearchWords(q string) ([]string, error) {
	ws := WordsOf(q)
	if len(ws) == 0 {
		return nil, dyad.Invalid("q %q: no words to search for", q)
	}
	return ws[:min(len(ws), maxSearchWords)], nil
}
