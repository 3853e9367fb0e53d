package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

// MatchPlan is the way a text search is combined with the other
// conditions of a query, for a database whose planner cannot tell how many
// events a search matches (SQLite's FTS5 tells it nothing).
type MatchPlan int

const (
	// MatchChosen leaves the choice to the store.
	MatchChosen MatchPlan = iota
	// MatchFirst reads the matching events from the text index and tests
	// the other conditions on them: the way for words in few sentences, or
	// in few of the sentences of the actors named (SQLite's text index
	// holds the countries of each event, see EventMatch).
	MatchFirst
	// MatchEach asks the text index about each event the other
	// conditions select: the way when they select few events, or when a
	// page of a common word is wanted and the indexes hand the events over
	// newest first, so that a few hundred lookups fill it.
	MatchEach
	// MatchSet reads the matching events into a set once and tests each
	// selected event against it: the way for a common word otherwise.
	MatchSet
)

// The thresholds of the choice come from the 1,000,000-event benchmark
// (BenchmarkQuery1M in the sqlite package). There, reading a match from
// the text index and looking its event up costs about 1 µs, putting it in
// a set 0.2 µs, testing an event against the set 0.7 µs, and asking the
// text index whether one event has one word 15 µs, and up to 100 µs when
// the index has many segments (as it has between merges, see the sqlite
// package's mergeTextIndexes).
const (
	// manyMatches is where a search stops being rare: 10,000 matches take
	// some 5 ms to list and 10 ms to look up one by one.
	manyMatches = 10_000
	// lookupBudget is the number of word lookups in the text index that
	// cost less than building a set of a common word's matches (some
	// 50 ms for a word in a quarter of a million sentences), even when the
	// index has many segments: testing events one by one is chosen when
	// the expected lookups stay within it.
	lookupBudget = 500
	// sampleWindow is the number of newest events in which the share of
	// sentences with the words is measured.
	sampleWindow = 10_000
)

// selectEvents translates a filter, without its cursor, into SQL. page
// says whether one page is wanted (rather than every selected event),
// which decides how a text search is done.
func (s *Store) selectEvents(ctx context.Context, f *dyad.EventFilter, page bool) (*selection, error) {
	if err := f.Validate(); err != nil {
		return nil, err
	}
	sel := &selection{branches: actorBranches(f)}
	w := &sel.common
	if f.From != 0 {
		w.add("date >= ?", int(f.From))
	}
	if f.To != 0 {
		w.add("date <= ?", int(f.To))
	}
	// Every code begins with its root. Alone, a code or root is a range
	// that the code index serves; with an actor, the actor's index (which
	// holds the code) is the better way in (see HideCodeWithActor).
	actorSet := f.Source != "" || f.Target != "" || f.Actor != ""
	for _, prefix := range []string{f.Code, f.Root} {
		switch {
		case prefix == "":
		case actorSet && s.d.HideCodeWithActor:
			w.add("substr(code, 1, "+fmt.Sprint(len(prefix))+") = ?", prefix)
		default:
			w.addClause(prefixRange("code", prefix))
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
		plan, matches, err := s.matchPlan(ctx, f, sel, page)
		if err != nil {
			return nil, err
		}
		cond, arg, err := s.d.EventMatch(f, plan)
		if err != nil {
			return nil, err
		}
		if matches != nil {
			// The matches are known: the text index is not asked again.
			list, _ := json.Marshal(matches)
			cond, arg = s.d.MatchList, string(list)
		}
		sel.text = &clause{cond, []any{arg}}
		sel.plan = plan
		// The text index hands over the matches: each is tested once
		// against the alternatives, rather than searched for once for
		// each.
		if plan == MatchFirst && len(sel.branches) > 1 {
			sel.branches = []clause{anyOf(sel.branches)}
		}
	}
	return sel, nil
}

// matchPlan chooses how to search the text of f (see MatchPlan), with up
// to three small queries: for a page in date order, how often the words
// are found among the newest events; which events match, up to the number
// that makes the search common (when they are fewer, it returns them, for
// MatchFirst); how many the other conditions select, up to the number that
// is few.
func (s *Store) matchPlan(ctx context.Context, f *dyad.EventFilter, sel *selection, page bool) (MatchPlan, []int64, error) {
	if s.TextPlan != MatchChosen {
		return s.TextPlan, nil, nil
	}
	if s.d.Matches == "" {
		return MatchFirst, nil, nil
	}
	// Testing the selected events one by one costs a lookup per word and
	// event: for all of them, or, for a page in date order, until the page
	// is full, which takes (page size)/(share of sentences with the words)
	// events. This is asked first: listing the matches of common words
	// within an actor's events costs more than the lookups of a page.
	words := len(WordsOf(f.Query))
	if page && inDateOrder(f) {
		_, each, err := s.d.EventMatch(f, MatchEach)
		if err != nil {
			return 0, nil, err
		}
		var sample int
		if err := s.DB.QueryRowContext(ctx, s.d.Rebind(s.d.SampleMatches), each, sampleWindow).Scan(&sample); err != nil {
			return 0, nil, err
		}
		// lookups = words × (page+1) / (sample/sampleWindow)
		if words*(f.PageSize()+1)*sampleWindow <= lookupBudget*sample {
			return MatchEach, nil, nil
		}
	}
	_, first, err := s.d.EventMatch(f, MatchFirst)
	if err != nil {
		return 0, nil, err
	}
	matches, err := s.listMatches(ctx, first)
	if err != nil {
		return 0, nil, err
	}
	if len(matches) < manyMatches {
		return MatchFirst, matches, nil
	}
	candidates := 0
	few := lookupBudget/words + 1
	for _, w := range sel.partsWith(nil) {
		var c int
		err := s.DB.QueryRowContext(ctx, s.d.Rebind("SELECT count(*) FROM (SELECT 1 FROM events"+w.String()+" LIMIT ?) AS c"),
			append(w.args, few)...).Scan(&c)
		if err != nil {
			return 0, nil, err
		}
		candidates += c
	}
	if candidates*words <= lookupBudget {
		return MatchEach, nil, nil
	}
	return MatchSet, nil, nil
}

// listMatches returns the ids of the events that match the text index
// query q, up to manyMatches of them; never nil.
func (s *Store) listMatches(ctx context.Context, q any) ([]int64, error) {
	rows, err := s.DB.QueryContext(ctx, s.d.Rebind(s.d.Matches), q, manyMatches)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// inDateOrder reports whether the indexes hand over the events f selects
// newest first, so that a page can stop early: an actor of three letters
// or more leads to an index on (country, date), and a filter without actor,
// code or root to the date index. A code prefix (events_code is ordered by
// code first) or an actor of one or two letters (a range of countries)
// does not.
func inDateOrder(f *dyad.EventFilter) bool {
	actors := 0
	for _, a := range []string{f.Source, f.Target, f.Actor} {
		if a == "" {
			continue
		}
		if len(a) < 3 {
			return false
		}
		actors++
	}
	return actors > 0 || (f.Code == "" && f.Root == "")
}
