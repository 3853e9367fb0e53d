package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

const eventColumns = `id, article_id, date, source, target, code, root, quad, goldstein, plover,
	sentence, text, source_text, target_text, verb_text,
	source_start, source_end, target_start, target_end, verb_start, verb_end,
	sentence_start, sentence_end, pattern,
	(SELECT doc FROM articles a WHERE a.id = events.article_id)`

func scanEvent(rows *sql.Rows) (dyad.StoredEvent, error) {
	var e dyad.StoredEvent
	var date int
	err := rows.Scan(&e.ID, &e.Article, &date, &e.Source, &e.Target, &e.Code, &e.Root, &e.Quad, &e.Goldstein, &e.PLOVER,
		&e.Sentence, &e.Text, &e.SourceText, &e.TargetText, &e.VerbText,
		&e.SourceSpan.Start, &e.SourceSpan.End, &e.TargetSpan.Start, &e.TargetSpan.End, &e.VerbSpan.Start, &e.VerbSpan.End,
		&e.SentenceSpan.Start, &e.SentenceSpan.End, &e.Pattern, &e.Doc)
	e.Date = dyad.Date(date)
	return e, err
}

// FindEvents returns a page of events, newest first; events of one day
// come in the order they were stored.
func (s *Store) FindEvents(ctx context.Context, f dyad.EventFilter) (dyad.EventPage, error) {
	sel, err := s.selectEvents(ctx, &f, true)
	if err != nil {
		return dyad.EventPage{}, err
	}
	if f.Cursor != "" {
		var date, id int64
		if err := decodeCursor(f.Cursor, &date, &id); err != nil {
			return dyad.EventPage{}, err
		}
		sel.common.add("(date, id) < (?, ?)", date, id)
	}
	n := f.PageSize()
	// The page is chosen from the indexes alone (the inner queries read
	// only date and id), and then only its rows are read: a dyad with
	// thousands of events costs an index range, not thousands of row
	// reads. Each branch of an OR gives its own newest rows, and the page
	// is the newest of those.
	const order = " ORDER BY date DESC, id DESC"
	limit := " LIMIT " + fmt.Sprint(n+1)
	parts := sel.parts()
	var ids string
	var args []any
	if len(parts) == 1 {
		ids = "SELECT id FROM events" + parts[0].String() + order + limit
		args = parts[0].args
	} else {
		var qs []string
		for i, w := range parts {
			qs = append(qs, fmt.Sprintf("SELECT id, date FROM (SELECT id, date FROM events%s%s%s) AS b%d", w.String(), order, limit, i))
			args = append(args, w.args...)
		}
		ids = "SELECT id FROM (" + strings.Join(qs, " UNION ALL ") + ") AS branches" + order + limit
	}
	rows, err := s.query(ctx, "SELECT "+eventColumns+" FROM events WHERE id IN ("+ids+")"+order, args...)
	if err != nil {
		return dyad.EventPage{}, err
	}
	defer rows.Close()
	var page dyad.EventPage
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return dyad.EventPage{}, err
		}
		page.Events = append(page.Events, e)
	}
	if err := rows.Err(); err != nil {
		return dyad.EventPage{}, err
	}
	if len(page.Events) > n {
		page.Events = page.Events[:n]
		last := page.Events[n-1]
		page.Next = encodeCursor(int64(last.Date), last.ID)
	}
	return page, nil
}

// Aggregate counts events per day and QuadClass in the database and sums
// the days into periods here, which keeps the SQL the same everywhere.
func (s *Store) Aggregate(ctx context.Context, f dyad.EventFilter, iv dyad.Interval) ([]dyad.Bucket, error) {
	if _, err := dyad.ParseInterval(string(iv)); err != nil {
		return nil, err
	}
	f.Cursor = ""
	if err := f.Validate(); err != nil {
		return nil, err
	}
	if !s.NoRollups && onlyPeriod(&f, true) {
		days, err := s.aggregateDays(ctx, &f)
		if err != nil {
			return nil, err
		}
		return dyad.Rollup(days, iv), nil
	}
	sel, err := s.selectEvents(ctx, &f, false)
	if err != nil {
		return nil, err
	}
	events, args := sel.rows("date, quad, goldstein")
	rows, err := s.query(ctx, "SELECT date, quad, count(*), sum(goldstein) FROM ("+events+") AS e GROUP BY date, quad ORDER BY date, quad", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var days []dyad.DayCount
	for rows.Next() {
		var d dyad.DayCount
		var date int
		if err := rows.Scan(&date, &d.Quad, &d.Events, &d.Goldstein); err != nil {
			return nil, err
		}
		d.Date, d.Goldstein = dyad.Date(date), roundGoldstein(d.Goldstein)
		days = append(days, d)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return dyad.Rollup(days, iv), nil
}

const quadSums = `sum(CASE WHEN quad = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 2 THEN 1 ELSE 0 END),
	sum(CASE WHEN quad = 3 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 4 THEN 1 ELSE 0 END)`

// Dyads returns the busiest pairs of actors.
func (s *Store) Dyads(ctx context.Context, f dyad.EventFilter, byCountry bool) ([]dyad.DyadCount, error) {
	f.Cursor = ""
	if err := f.Validate(); err != nil {
		return nil, err
	}
	if byCountry && !s.NoRollups && onlyPeriod(&f, false) {
		pairs, err := s.countryPairs(ctx, &f, true)
		if err != nil {
			return nil, err
		}
		var out []dyad.DyadCount
		for p, c := range pairs {
			if p.src == "" || p.tgt == "" || c.events == 0 {
				continue
			}
			d := dyad.DyadCount{Source: p.src, Target: p.tgt, Events: int(c.events), Goldstein: float64(c.goldstein) / goldsteinUnit}
			for i, n := range c.byQuad {
				d.ByQuad[i] = int(n)
			}
			out = append(out, d)
		}
		slices.SortFunc(out, func(a, b dyad.DyadCount) int {
			if a.Events != b.Events {
				return b.Events - a.Events
			}
			return strings.Compare(a.Source+"\x00"+a.Target, b.Source+"\x00"+b.Target)
		})
		return out[:min(len(out), f.PageSize())], nil
	}
	sel, err := s.selectEvents(ctx, &f, false)
	if err != nil {
		return nil, err
	}
	// Pairs have both sides. By country, the test is on the country
	// columns, which the indexes hold: the pairs are counted from an index
	// alone.
	cols, sides := "source AS s, target AS t, quad, goldstein", "source <> '' AND target <> ''"
	if byCountry {
		cols, sides = "src3 AS s, tgt3 AS t, quad, goldstein", "src3 <> '' AND tgt3 <> ''"
	}
	sel.common.add(sides)
	events, args := sel.rows(cols)
	rows, err := s.query(ctx, "SELECT s, t, count(*), sum(goldstein), "+quadSums+" FROM ("+events+") AS e"+
		" GROUP BY s, t ORDER BY count(*) DESC, s, t LIMIT "+fmt.Sprint(f.PageSize()), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dyad.DyadCount
	for rows.Next() {
		var d dyad.DyadCount
		if err := rows.Scan(&d.Source, &d.Target, &d.Events, &d.Goldstein, &d.ByQuad[0], &d.ByQuad[1], &d.ByQuad[2], &d.ByQuad[3]); err != nil {
			return nil, err
		}
		d.Goldstein = roundGoldstein(d.Goldstein)
		out = append(out, d)
	}
	return out, rows.Err()
}

// Countries counts events per country on either side: as source, and as
// target of an event whose source is another country, so that an event
// inside one country counts once. The database counts the pairs of
// countries, in one pass over the events (or over the rollup of months);
// the pairs are summed here.
func (s *Store) Countries(ctx context.Context, f dyad.EventFilter) ([]dyad.CountryCount, error) {
	f.Cursor = ""
	if err := f.Validate(); err != nil {
		return nil, err
	}
	counts := map[string]int{}
	add := func(src, tgt string, n int) {
		if src != "" {
			counts[src] += n
		}
		if tgt != "" && tgt != src {
			counts[tgt] += n
		}
	}
	if !s.NoRollups && onlyPeriod(&f, false) {
		pairs, err := s.countryPairs(ctx, &f, false)
		if err != nil {
			return nil, err
		}
		for p, c := range pairs {
			add(p.src, p.tgt, int(c.events))
		}
	} else if err := s.countryEvents(ctx, &f, add); err != nil {
		return nil, err
	}
	out := make([]dyad.CountryCount, 0, len(counts))
	for c, n := range counts {
		if n > 0 {
			out = append(out, dyad.CountryCount{Country: c, Events: n})
		}
	}
	slices.SortFunc(out, func(a, b dyad.CountryCount) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		return strings.Compare(a.Country, b.Country)
	})
	return out, nil
}

// countryEvents counts the events of f per pair of countries from the
// events table.
func (s *Store) countryEvents(ctx context.Context, f *dyad.EventFilter, add func(src, tgt string, n int)) error {
	sel, err := s.selectEvents(ctx, f, false)
	if err != nil {
		return err
	}
	events, args := sel.rows("src3, tgt3")
	rows, err := s.query(ctx, "SELECT src3, tgt3, count(*) FROM ("+events+") AS e GROUP BY src3, tgt3", args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var src, tgt string
		var n int
		if err := rows.Scan(&src, &tgt, &n); err != nil {
			return err
		}
		add(src, tgt, n)
	}
	return rows.Err()
}
