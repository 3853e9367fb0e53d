package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// nullable returns nil for "", so that a unique index on a column ignores
// articles without a URL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// LookupArticle finds a stored article by URL or normalised text.
func (s *Store) LookupArticle(ctx context.Context, a *dyad.Article) (int64, bool, error) {
	var id int64
	err := s.DB.QueryRowContext(ctx, s.d.Rebind("SELECT id FROM articles WHERE content_key = ? OR url = ? LIMIT 1"),
		dyad.ContentKey(a.Text), nullable(dyad.NormalizeURL(a.URL))).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

// PutArticles stores a batch in one transaction.
func (s *Store) PutArticles(ctx context.Context, batch []dyad.CodedArticle, recode bool) ([]dyad.PutResult, error) {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	st, err := s.prepareBatch(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer st.close()
	now := s.now().UTC().Format(time.RFC3339Nano)
	results := make([]dyad.PutResult, 0, len(batch))
	// added lists the articles stored in this batch, unindexed the
	// articles whose events it stored: they go into the text index and
	// the rollups at the end, in one statement each.
	var added, unindexed []int64
	for _, ca := range batch {
		a := ca.Article
		if a == nil {
			return nil, dyad.Invalid("batch holds an article that is nil")
		}
		key, url := dyad.ContentKey(a.Text), nullable(dyad.NormalizeURL(a.URL))
		var id int64
		err := st.lookup.QueryRowContext(ctx, key, url).Scan(&id)
		switch {
		case err == nil && !recode:
			var n int
			if err := st.count.QueryRowContext(ctx, id).Scan(&n); err != nil {
				return nil, err
			}
			// Events of this batch are counted once they are in.
			for _, p := range st.pending {
				if p[0] == id {
					n++
				}
			}
			results = append(results, dyad.PutResult{ID: id, Status: dyad.Unchanged, Events: n})
			continue
		case err == nil:
			// Events stored earlier in this batch are in neither index
			// nor rollups yet.
			if !slices.Contains(unindexed, id) {
				if err := s.textIndex(ctx, tx, removeEvents, []int64{id}); err != nil {
					return nil, err
				}
				if err := s.rollups(ctx, tx, true, []int64{id}); err != nil {
					return nil, err
				}
			}
			if err := st.flush(ctx); err != nil {
				return nil, err
			}
			if _, err := tx.ExecContext(ctx, s.d.Rebind("DELETE FROM events WHERE article_id = ?"), id); err != nil {
				return nil, err
			}
			if _, err := tx.ExecContext(ctx, s.d.Rebind("UPDATE articles SET coded = ? WHERE id = ?"), now, id); err != nil {
				return nil, err
			}
			results = append(results, dyad.PutResult{ID: id, Status: dyad.Recoded})
		case errors.Is(err, sql.ErrNoRows):
			authors, _ := json.Marshal(a.Authors)
			if a.Authors == nil {
				authors = []byte("[]")
			}
			err := st.article.QueryRowContext(ctx, a.ID, url, a.URL, key, a.Title, a.PublishedString(), a.Dateline, a.Source,
				string(authors), a.Language, a.Text, now, now).Scan(&id)
			if err != nil {
				return nil, fmt.Errorf("storing article %q: %w", a.ID, err)
			}
			results = append(results, dyad.PutResult{ID: id, Status: dyad.Added})
			added = append(added, id)
		default:
			return nil, err
		}
		for i, e := range ca.Events {
			if e.Date != 0 && !e.Date.Valid() {
				return nil, dyad.Invalid("article %q: event %d: date %d is not a day", a.ID, i+1, int(e.Date))
			}
			se := dyad.NewStoredEvent(e, a.Text)
			st.pending = append(st.pending, []any{id, int(se.Date), se.Source, se.Target, se.Code, se.Root, int(se.Quad), se.Goldstein, se.PLOVER,
				country(se.Source), country(se.Target), se.Sentence, se.Text, se.SourceText, se.TargetText, se.VerbText,
				se.SourceSpan.Start, se.SourceSpan.End, se.TargetSpan.Start, se.TargetSpan.End, se.VerbSpan.Start, se.VerbSpan.End,
				se.SentenceSpan.Start, se.SentenceSpan.End, se.Pattern})
		}
		results[len(results)-1].Events = len(ca.Events)
		if !slices.Contains(unindexed, id) {
			unindexed = append(unindexed, id)
		}
	}
	if err := st.flush(ctx); err != nil {
		return nil, err
	}
	if err := s.textIndex(ctx, tx, addArticles, added); err != nil {
		return nil, err
	}
	if err := s.textIndex(ctx, tx, addEvents, unindexed); err != nil {
		return nil, err
	}
	if err := s.rollups(ctx, tx, false, unindexed); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	for _, r := range results {
		if r.Status != dyad.Unchanged {
			s.stored.Add(int64(r.Events))
		}
	}
	return results, nil
}

// eventColumnsIn are the columns PutArticles stores of an event.
const eventColumnsIn = `article_id, date, source, target, code, root, quad, goldstein, plover, src3, tgt3,
	sentence, text, source_text, target_text, verb_text,
	source_start, source_end, target_start, target_end, verb_start, verb_end, sentence_start, sentence_end, pattern`

// eventsPerInsert is how many events one INSERT statement stores: a
// statement per event cost a tenth of storing a batch.
const eventsPerInsert = 32

// batchStatements are the statements a batch runs for each article,
// prepared once, and the events waiting to be inserted.
type batchStatements struct {
	lookup, count, article, events, event *sql.Stmt
	pending                               [][]any
}

func (s *Store) prepareBatch(ctx context.Context, tx *sql.Tx) (*batchStatements, error) {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", strings.Count(eventColumnsIn, ",")+1), ", ") + ")"
	queries := []string{
		"SELECT id FROM articles WHERE content_key = ? OR url = ? LIMIT 1",
		"SELECT count(*) FROM events WHERE article_id = ?",
		`INSERT INTO articles (doc, url, raw_url, content_key, title, published, dateline,
			source, authors, language, text, ingested, coded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		"INSERT INTO events (" + eventColumnsIn + ") VALUES " + strings.TrimSuffix(strings.Repeat(row+", ", eventsPerInsert), ", "),
		"INSERT INTO events (" + eventColumnsIn + ") VALUES " + row,
	}
	var stmts []*sql.Stmt
	for _, q := range queries {
		st, err := tx.PrepareContext(ctx, s.d.Rebind(q))
		if err != nil {
			for _, st := range stmts {
				st.Close()
			}
			return nil, err
		}
		stmts = append(stmts, st)
	}
	return &batchStatements{lookup: stmts[0], count: stmts[1], article: stmts[2], events: stmts[3], event: stmts[4]}, nil
}

// flush inserts the pending events, in the order they came.
func (b *batchStatements) flush(ctx context.Context) error {
	for len(b.pending) > 0 {
		stmt, n := b.events, eventsPerInsert
		if len(b.pending) < eventsPerInsert {
			stmt, n = b.event, 1
		}
		var args []any
		for _, row := range b.pending[:n] {
			args = append(args, row...)
		}
		if _, err := stmt.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("storing events: %w", err)
		}
		b.pending = b.pending[n:]
	}
	return nil
}

func (b *batchStatements) close() {
	for _, st := range []*sql.Stmt{b.lookup, b.count, b.article, b.events, b.event} {
		st.Close()
	}
}

// Article returns an article with its events in text order.
func (s *Store) Article(ctx context.Context, id int64) (*dyad.StoredArticle, error) {
	sa := &dyad.StoredArticle{ID: id}
	a := &sa.Article
	var published, authors, ingested, coded string
	err := s.DB.QueryRowContext(ctx, s.d.Rebind(`SELECT doc, raw_url, content_key, title, published, dateline, source, authors,
		language, text, ingested, coded FROM articles WHERE id = ?`), id).Scan(
		&a.ID, &a.URL, &sa.Key, &a.Title, &published, &a.Dateline, &a.Source, &authors, &a.Language, &a.Text, &ingested, &coded)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %d: %w", id, dyad.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	_ = json.Unmarshal([]byte(authors), &a.Authors)
	a.Published, a.TimeKnown = parsePublished(published)
	sa.Ingested, _ = time.Parse(time.RFC3339Nano, ingested)
	sa.Coded, _ = time.Parse(time.RFC3339Nano, coded)
	rows, err := s.query(ctx, "SELECT "+eventColumns+" FROM events WHERE article_id = ? ORDER BY sentence, id", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, err
		}
		sa.Events = append(sa.Events, e)
	}
	return sa, rows.Err()
}

// parsePublished reads what Article.PublishedString wrote.
func parsePublished(s string) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	if d, err := dyad.ParseDate(s); err == nil {
		return d.Time(), false
	}
	return time.Time{}, false
}

// FindArticles lists articles, newest stored first.
func (s *Store) FindArticles(ctx context.Context, f dyad.ArticleFilter) ([]dyad.ArticleSummary, string, error) {
	n := f.Limit
	if n == 0 {
		n = dyad.DefaultLimit
	}
	if n < 0 || n > dyad.MaxLimit {
		return nil, "", dyad.Invalid("limit %d: want 1 to %d", n, dyad.MaxLimit)
	}
	if len(f.Query) > 500 {
		return nil, "", dyad.Invalid("q: longer than 500 bytes")
	}
	w := &where{}
	if f.Cursor != "" {
		var id int64
		if err := decodeCursor(f.Cursor, &id); err != nil {
			return nil, "", err
		}
		w.add("id < ?", id)
	}
	if len(WordsOf(f.Query)) > 0 {
		c, a, err := s.d.ArticleMatch(f.Query)
		if err != nil {
			return nil, "", err
		}
		w.add(c, a)
	}
	rows, err := s.query(ctx, `SELECT id, doc, title, published, source, raw_url,
		(SELECT count(*) FROM events WHERE article_id = articles.id) FROM articles`+w.String()+
		" ORDER BY id DESC LIMIT "+fmt.Sprint(n+1), w.args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	var out []dyad.ArticleSummary
	for rows.Next() {
		var a dyad.ArticleSummary
		if err := rows.Scan(&a.ID, &a.Doc, &a.Title, &a.Published, &a.Source, &a.URL, &a.Events); err != nil {
			return nil, "", err
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > n {
		out = out[:n]
		next = encodeCursor(out[n-1].ID)
	}
	return out, next, nil
}

// DeleteArticle removes an article and its events in one transaction.
func (s *Store) DeleteArticle(ctx context.Context, id int64) error {
	tx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.textIndex(ctx, tx, removeEvents, []int64{id}); err != nil {
		return err
	}
	if err := s.textIndex(ctx, tx, removeArticles, []int64{id}); err != nil {
		return err
	}
	if err := s.rollups(ctx, tx, true, []int64{id}); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.d.Rebind("DELETE FROM events WHERE article_id = ?"), id); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, s.d.Rebind("DELETE FROM articles WHERE id = ?"), id)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("article %d: %w", id, dyad.ErrNotFound)
	}
	return tx.Commit()
}

// country returns the first three letters of an actor code: the ISO
// alpha-3 country of CAMEO codes, kept in a column of its own so that the
// indexes can seek a country or a dyad.
func country(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// The changes of the text index that textIndex makes.
const (
	addArticles = iota
	addEvents
	removeArticles
	removeEvents
)

// textIndex adds the texts of the articles ids (or of their events) to
// the text index, or takes them out, with the dialect's statements; it
// does nothing for a database that keeps its text index by itself.
func (s *Store) textIndex(ctx context.Context, tx *sql.Tx, change int, ids []int64) error {
	ti := s.d.TextIndex
	if ti == nil || len(ids) == 0 {
		return nil
	}
	stmt := [...]string{ti.AddArticles, ti.AddEvents, ti.RemoveArticles, ti.RemoveEvents}[change]
	if err := s.forIDs(ctx, tx, stmt, ids); err != nil {
		return fmt.Errorf("text index: %w", err)
	}
	return nil
}
