// Package sqlite is dyad's embedded event database: a single SQLite file
// (modernc.org/sqlite, pure Go) in write-ahead-log mode, with FTS5 indexes
// for searching sentences and articles and embedded, versioned migrations.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/sqlstore"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an event database in a SQLite file.
type DB struct {
	*sqlstore.Store
}

// Open opens (creating it and its folder if needed) the database file at
// path and brings its schema up to date.
//
// WAL with synchronous=NORMAL: a commit survives the process being killed
// (only an operating-system crash can lose the last commits), and readers
// never wait for the writer.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: no database path")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	q := url.Values{}
	// Reads go through a memory map of up to 1 GiB: a lookup of a row by
	// id (a text search reads many) then costs half as much as a read
	// into the page cache.
	//
	// A batch of 640 events with dates all over the years changes some
	// 4,000 pages (every index not ordered by arrival takes one page per
	// event), each written to the log and later copied into the file. The
	// log is copied every 50,000 pages (200 MiB): pages that many batches
	// change, as the rollups' and the indexes' are, are copied once for
	// all of them, which stores a third faster than copying every 10,000
	// pages into a million events. Statement journals (the undo of one
	// statement inside a transaction, which multi-row inserts and upserts
	// keep) stay in memory rather than in temporary files.
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(10000)", "foreign_keys(1)",
		"cache_size(-65536)", "mmap_size(1073741824)", "wal_autocheckpoint(50000)", "temp_store(MEMORY)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate") // take the write lock at BEGIN: no deadlocked upgrades
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	if err := sqlstore.Migrate(ctx, db, Dialect, migrations, "migrations"); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	if changed, err := tuneStatistics(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: planner statistics: %w", path, err)
	} else if changed {
		reconnect(db)
	}
	return &DB{sqlstore.New(db, Dialect)}, nil
}

// Close updates the query planner's statistics, merges the text indexes
// when this handle stored many events (see mergeTextIndexes), and closes
// the file.
func (db *DB) Close() error {
	ctx := context.Background()
	if stored := db.StoredEvents(); stored > 0 {
		var total int64
		db.DB.QueryRowContext(ctx, "SELECT count(*) FROM events").Scan(&total)
		if stored >= max(1000, total/50) {
			mergeTextIndexes(ctx, db.DB)
		}
	}
	db.DB.Exec("PRAGMA optimize")
	tuneStatistics(ctx, db.DB)
	return db.Store.Close()
}

// mergeTextIndexes merges each FTS5 index into one segment. FTS5 adds a
// segment for every batch and merges them as they pile up, but leaves a
// dozen or so: a search then looks in each, and testing one event against
// the text index cost 100 µs with 14 segments, 15 µs with one. Merging a
// million events' index takes about a second, so it is done when a handle
// closes after storing many events (2% of the database, as an ingest run
// does), and by Analyze.
func mergeTextIndexes(ctx context.Context, db *sql.DB) error {
	for _, t := range []string{"events_fts", "articles_fts"} {
		if _, err := db.ExecContext(ctx, "INSERT INTO "+t+" ("+t+") VALUES ('optimize')"); err != nil {
			return fmt.Errorf("merging %s: %w", t, err)
		}
	}
	return nil
}

// Dialect is SQLite's: ? placeholders and FTS5 MATCH with every word quoted,
// so no FTS5 query syntax comes from the user.
var Dialect = sqlstore.Dialect{
	Name:   "sqlite",
	Rebind: func(q string) string { return q },
	EventMatch: func(f *dyad.EventFilter, plan sqlstore.MatchPlan) (string, any, error) {
		switch plan {
		case sqlstore.MatchEach:
			// A lookup in the text index per event, by rowid, for the
			// words only: the event's countries are tested on its row.
			m, err := eventQuery(f, false)
			return "EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND events_fts.rowid = id)", m, err
		}
		// The matches of the words among the events of the filter's
		// countries: the text index intersects the lists of both.
		m, err := eventQuery(f, true)
		if plan == sqlstore.MatchSet {
			// The unary + keeps the planner from looking up each match
			// by id: it builds the set of matches once and tests each
			// event it reads by other means.
			return "+id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", m, err
		}
		return "id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", m, err
	},
	HideCodeWithActor: true,
	Matches:           "SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?",
	MatchList:         "id IN (SELECT value FROM json_each(?))",
	SampleMatches:     "SELECT count(*) FROM events_fts WHERE events_fts MATCH ? AND rowid > (SELECT max(id) FROM events) - ?",
	ArticleMatch: func(q string) (string, any, error) {
		m, err := words(q)
		return "id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", m, err
	},
	// The articles' FTS5 table takes its text from the table (external
	// content): an entry is taken out with the text it was put in with.
	// The events' table keeps no text (contentless) and takes entries out
	// by rowid.
	TextIndex: &sqlstore.TextIndex{
		AddArticles:    "INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id IN (%s)",
		AddEvents:      "INSERT INTO events_fts (rowid, text, src3, tgt3, dyad) SELECT id, text, src3, tgt3, src3 || tgt3 FROM events WHERE article_id IN (%s)",
		RemoveArticles: "INSERT INTO articles_fts (articles_fts, rowid, title, text) SELECT 'delete', id, title, text FROM articles WHERE id IN (%s)",
		RemoveEvents:   "DELETE FROM events_fts WHERE rowid IN (SELECT id FROM events WHERE article_id IN (%s))",
	},
}
