package sqlstore

import (
	"context"
	"database/sql"
	"fmt"

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
	w, err := s.eventWhere(&f, false)
	if err != nil {
		return dyad.EventPage{}, err
	}
	if f.Cursor != "" {
		var date, id int64
		if err := decodeCursor(f.Cursor, &date, &id); err != nil {
			return dyad.EventPage{}, err
		}
		w.add("(date < ? OR (date = ? AND id < ?))", date, date, id)
	}
	n := f.PageSize()
	// The page is chosen from the indexes alone (the inner query reads
	// only date and id), and then only its rows are read: a dyad with
	// thousands of events costs an index scan and a sort, not thousands of
	// row reads.
	order := " ORDER BY date DESC, id DESC"
	rows, err := s.query(ctx, "SELECT "+eventColumns+" FROM events WHERE id IN (SELECT id FROM events"+w.String()+
		order+" LIMIT "+fmt.Sprint(n+1)+")"+order, w.args...)
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
	w, err := s.eventWhere(&f, true)
	if err != nil {
		return nil, err
	}
	rows, err := s.query(ctx, "SELECT date, quad, count(*), sum(goldstein) FROM events"+w.String()+
		" GROUP BY date, quad", w.args...)
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
		d.Date = dyad.Date(date)
		days = append(days, d)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return dyad.Rollup(days, iv), nil
}

// Deduplicated groups mentions by (date, source, target, code).
func (s *Store) Deduplicated(ctx context.Context, f dyad.EventFilter) ([]dyad.EventCount, string, error) {
	w, err := s.eventWhere(&f, false)
	if err != nil {
		return nil, "", err
	}
	if f.Cursor != "" {
		var date int64
		var src, tgt, code string
		if err := decodeCursor(f.Cursor, &date, &src, &tgt, &code); err != nil {
			return nil, "", err
		}
		w.add("(date < ? OR (date = ? AND (source > ? OR (source = ? AND (target > ? OR (target = ? AND code > ?))))))",
			date, date, src, src, tgt, tgt, code)
	}
	n := f.PageSize()
	rows, err := s.query(ctx, `SELECT date, source, target, code, min(root), min(quad), min(goldstein), min(plover),
		count(*), count(DISTINCT article_id) FROM events`+w.String()+
		" GROUP BY date, source, target, code ORDER BY date DESC, source, target, code LIMIT "+fmt.Sprint(n+1), w.args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	var out []dyad.EventCount
	for rows.Next() {
		var c dyad.EventCount
		var date int
		if err := rows.Scan(&date, &c.Source, &c.Target, &c.Code, &c.Root, &c.Quad, &c.Goldstein, &c.PLOVER, &c.Mentions, &c.Articles); err != nil {
			return nil, "", err
		}
		c.Date = dyad.Date(date)
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > n {
		out = out[:n]
		l := out[n-1]
		next = encodeCursor(int64(l.Date), l.Source, l.Target, l.Code)
	}
	return out, next, nil
}

const quadSums = `sum(CASE WHEN quad = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 2 THEN 1 ELSE 0 END),
	sum(CASE WHEN quad = 3 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 4 THEN 1 ELSE 0 END)`

// Dyads returns the busiest pairs of actors.
func (s *Store) Dyads(ctx context.Context, f dyad.EventFilter, byCountry bool) ([]dyad.DyadCount, error) {
	f.Cursor = ""
	w, err := s.eventWhere(&f, true)
	if err != nil {
		return nil, err
	}
	w.add("source <> '' AND target <> ''")
	src, tgt := "source", "target"
	if byCountry {
		src, tgt = "src3", "tgt3"
	}
	rows, err := s.query(ctx, "SELECT "+src+", "+tgt+", count(*), sum(goldstein), "+quadSums+" FROM events"+w.String()+
		" GROUP BY "+src+", "+tgt+" ORDER BY count(*) DESC, 1, 2 LIMIT "+fmt.Sprint(f.PageSize()), w.args...)
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
		out = append(out, d)
	}
	return out, rows.Err()
}

// Countries counts events per country on either side; UNION (not UNION
// ALL) counts an event inside one country once.
func (s *Store) Countries(ctx context.Context, f dyad.EventFilter) ([]dyad.CountryCount, error) {
	f.Cursor = ""
	w, err := s.eventWhere(&f, true)
	if err != nil {
		return nil, err
	}
	cond := w.String()
	and := " WHERE "
	if cond != "" {
		and = cond + " AND "
	}
	args := append(append([]any{}, w.args...), w.args...)
	rows, err := s.query(ctx, "SELECT country, count(*) FROM (SELECT id, src3 AS country FROM events"+and+"src3 <> ''"+
		" UNION SELECT id, tgt3 AS country FROM events"+and+"tgt3 <> '') AS sides GROUP BY country ORDER BY 2 DESC, 1", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dyad.CountryCount
	for rows.Next() {
		var c dyad.CountryCount
		if err := rows.Scan(&c.Country, &c.Events); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
