package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// Deduplicated groups mentions by (date, source, target, code), newest
// first.
//
// Grouping every selected event to show the newest hundred groups would
// read all of them (a million, without a filter). A page of groups is
// instead taken from the newest events: from the day of the
// 4×(page size)th newest on, which holds the page unless the events of
// those days fall into fewer groups than a page; then from all of them.
// All the mentions of a group have the same day, source and target, so a
// window of whole days, or a branch of an OR, holds whole groups.
func (s *Store) Deduplicated(ctx context.Context, f dyad.EventFilter) ([]dyad.EventCount, string, error) {
	sel, err := s.selectEvents(ctx, &f, true)
	if err != nil {
		return nil, "", err
	}
	if f.Cursor != "" {
		var date int64
		var src, tgt, code string
		if err := decodeCursor(f.Cursor, &date, &src, &tgt, &code); err != nil {
			return nil, "", err
		}
		sel.common.add("(date < ? OR (date = ? AND (source > ? OR (source = ? AND (target > ? OR (target = ? AND code > ?))))))",
			date, date, src, src, tgt, tgt, code)
	}
	n := f.PageSize()
	var out []dyad.EventCount
	for _, w := range sel.parts() {
		groups, err := s.dedupBranch(ctx, w, n+1)
		if err != nil {
			return nil, "", err
		}
		out = append(out, groups...)
	}
	slices.SortFunc(out, func(a, b dyad.EventCount) int {
		if a.Date != b.Date {
			return int(b.Date) - int(a.Date)
		}
		return strings.Compare(a.Source+"\x00"+a.Target+"\x00"+a.Code, b.Source+"\x00"+b.Target+"\x00"+b.Code)
	})
	next := ""
	if len(out) > n {
		out = out[:n]
		l := out[n-1]
		next = encodeCursor(int64(l.Date), l.Source, l.Target, l.Code)
	}
	return out, next, nil
}

// dedupBranch returns the first limit groups of the events w selects.
func (s *Store) dedupBranch(ctx context.Context, w where, limit int) ([]dyad.EventCount, error) {
	var since int
	err := s.DB.QueryRowContext(ctx, s.d.Rebind("SELECT date FROM events"+w.String()+" ORDER BY date DESC, id DESC LIMIT 1 OFFSET ?"),
		append(w.args, 4*limit-1)...).Scan(&since)
	switch {
	case errors.Is(err, sql.ErrNoRows): // fewer events than that: all of them
	case err != nil:
		return nil, err
	default:
		windowed := w
		windowed.conds = append(slices.Clip(w.conds), "date >= ?")
		windowed.args = append(slices.Clip(w.args), since)
		groups, err := s.dedupGroups(ctx, windowed, limit)
		if err != nil || len(groups) == limit {
			return groups, err
		}
	}
	return s.dedupGroups(ctx, w, limit)
}

func (s *Store) dedupGroups(ctx context.Context, w where, limit int) ([]dyad.EventCount, error) {
	rows, err := s.query(ctx, `SELECT date, source, target, code, min(root), min(quad), min(goldstein), min(plover),
		count(*), count(DISTINCT article_id) FROM events`+w.String()+
		" GROUP BY date, source, target, code ORDER BY date DESC, source, target, code LIMIT "+fmt.Sprint(limit), w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []dyad.EventCount
	for rows.Next() {
		var c dyad.EventCount
		var date int
		if err := rows.Scan(&date, &c.Source, &c.Target, &c.Code, &c.Root, &c.Quad, &c.Goldstein, &c.PLOVER, &c.Mentions, &c.Articles); err != nil {
			return nil, err
		}
		c.Date = dyad.Date(date)
		out = append(out, c)
	}
	return out, rows.Err()
}
