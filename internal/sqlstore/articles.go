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
	ins, err := tx.PrepareContext(ctx, s.d.Rebind(`INSERT INTO events (article_id, date, source, target, code, root, quad, goldstein, plover, src3, tgt3,
		sentence, text, source_text, target_text, verb_text,
		source_start, source_end, target_start, target_end, verb_start, verb_end, sentence_start, sentence_end, pattern)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`))
	if err != nil {
		return nil, err
	}
	defer ins.Close()
	now := s.now().UTC().Format(time.RFC3339Nano)
	results := make([]dyad.PutResult, 0, len(batch))
	// added lists the articles stored in this batch, unindexed the
	// articles whose events it stored: they go into the text index at the
	// end, in one statement each.
	var added, unindexed []int64
	for _, ca := range batch {
		a := ca.Article
		if a == nil {
			return nil, dyad.Invalid("batch holds an article that is nil")
		}
		key, url := dyad.ContentKey(a.Text), nullable(dyad.NormalizeURL(a.URL))
		var id int64
		err := tx.QueryRowContext(ctx, s.d.Rebind("SELECT id FROM articles WHERE content_key = ? OR url = ? LIMIT 1"), key, url).Scan(&id)
		switch {
		case err == nil && !recode:
			var n int
			if err := tx.QueryRowContext(ctx, s.d.Rebind("SELECT count(*) FROM events WHERE article_id = ?"), id).Scan(&n); err != nil {
				return nil, err
			}
			results = append(results, dyad.PutResult{ID: id, Status: dyad.Unchanged, Events: n})
			continue
		case err == nil:
			if !slices.Contains(unindexed, id) {
				if err := s.textIndex(ctx, tx, removeEvents, []int64{id}); err != nil {
					return nil, err
				}
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
			err := tx.QueryRowContext(ctx, s.d.Rebind(`INSERT INTO articles (doc, url, raw_url, content_key, title, published, dateline,
				source, authors, language, text, ingested, coded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`),
				a.ID, url, a.URL, key, a.Title, a.PublishedString(), a.Dateline, a.Source, string(authors), a.Language, a.Text, now, now).Scan(&id)
			if err != nil {
				return nil, fmt.Errorf("storing article %q: %w", a.ID, err)
			}
			results = append(results, dyad.PutResult{ID: id, Status: dyad.Added})
			added = append(added, id)
		default:
			return nil, err
		}
		for _, e := range ca.Events {
			se := dyad.NewStoredEvent(e, a.Text)
			_, err := ins.ExecContext(ctx, id, int(se.Date), se.Source, se.Target, se.Code, se.Root, int(se.Quad), se.Goldstein, se.PLOVER, country(se.Source), country(se.Target),
				se.Sentence, se.Text, se.SourceText, se.TargetText, se.VerbText,
				se.SourceSpan.Start, se.SourceSpan.End, se.TargetSpan.Start, se.TargetSpan.End, se.VerbSpan.Start, se.VerbSpan.End,
				se.SentenceSpan.Start, se.SentenceSpan.End, se.Pattern)
			if err != nil {
				return nil, fmt.Errorf("storing an event of article %q: %w", a.ID, err)
			}
		}
		results[len(results)-1].Events = len(ca.Events)
		if !slices.Contains(unindexed, id) {
			unindexed = append(unindexed, id)
		}
	}
	if err := s.textIndex(ctx, tx, addArticles, added); err != nil {
		return nil, err
	}
	if err := s.textIndex(ctx, tx, addEvents, unindexed); err != nil {
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
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		q := fmt.Sprintf(stmt, strings.TrimSuffix(strings.Repeat("?, ", n), ", "))
		if _, err := tx.ExecContext(ctx, s.d.Rebind(q), args...); err != nil {
			return fmt.Errorf("text index: %w", err)
		}
		ids = ids[n:]
	}
	return nil
}
