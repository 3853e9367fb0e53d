// Package sqlstore implements dyad.Store over database/sql for the SQL
// databases dyad supports. The sqlite and postgres packages open their
// database, migrate its schema and hand it here with their Dialect: the
// queries are the same, parameterised SQL in both, so that both stores
// behave alike (the conformance suite in internal/storetest checks it).
package sqlstore

import (
	"context"
	"database/sql"
	"sync/atomic"
	"time"

	"github.com/dyadproject/dyad"
)

// Dialect is what differs between the databases.
type Dialect struct {
	Name string
	// Rebind turns the ? placeholders of a query into the database's own.
	Rebind func(query string) string
	// EventMatch returns a condition on the events table that holds when
	// the event's sentence contains the words of f.Query, and its
	// argument, written for the plan (which a dialect may ignore). The
	// condition may also test other parts of f that a text index holds
	// (SQLite's holds the countries of each event), as long as it holds
	// for every event f selects.
	EventMatch func(f *dyad.EventFilter, plan MatchPlan) (cond string, arg any, err error)
	// Matches, when set, is a query that lists the ids of the events that
	// match the argument EventMatch gave for MatchFirst (first
	// parameter), up to a limit (second parameter), and SampleMatches one
	// that counts those that match its argument for MatchEach among the
	// newest events (as many as the second parameter): the store then
	// chooses the MatchPlan. Without them every plan is MatchFirst.
	Matches, SampleMatches string
	// MatchList is the condition that an event's id is in a list, given
	// as a JSON array: the matches that Matches listed, when they are few.
	MatchList string
	// HideCodeWithActor writes the code and root tests of a filter that
	// names an actor in a form no index serves: SQLite would otherwise
	// take the code's index and sort, rather than the actor's, which holds
	// the code and gives the events in date order. PostgreSQL uses the code
	// range inside the actor's index.
	HideCodeWithActor bool
	// TextIndex, when set, keeps the text indexes in step with the
	// tables, for a database that does not do it by itself; nil when it
	// does (PostgreSQL's generated columns).
	TextIndex *TextIndex
	// ArticleMatch does the same for the articles table (title and text).
	ArticleMatch func(q string) (cond string, arg any, err error)
}

// TextIndex holds the statements that add the texts of articles, and of
// their events, to the text indexes and take them out. Each has one "%s"
// where the store puts the placeholders of a list of article ids.
//
// The store runs them once per batch, after the rows are in (and, to take
// texts out, before the rows go): SQLite's FTS5 writes the entries it
// holds in memory to disk at the end of every statement that changes it,
// so indexing row by row, as triggers do, made a segment of every event
// and storing a third slower.
type TextIndex struct {
	AddArticles, AddEvents, RemoveArticles, RemoveEvents string
}

// Store is a dyad.Store on a migrated database.
type Store struct {
	DB *sql.DB
	// TextPlan, when set, is the way every text search is done, rather
	// than one chosen per query: tests set it to try each on small data.
	TextPlan MatchPlan
	// NoRollups, when set, answers every view from the events table:
	// tests compare the rollups' answers with it.
	NoRollups bool

	d      Dialect
	now    func() time.Time
	stored atomic.Int64 // events stored through this Store
}

var _ dyad.Store = (*Store)(nil)

// New returns a store on db, whose schema must be migrated.
func New(db *sql.DB, d Dialect) *Store {
	return &Store{DB: db, d: d, now: time.Now}
}

// StoredEvents returns the number of events stored through s (added or
// recoded) since it was opened.
func (s *Store) StoredEvents() int64 { return s.stored.Load() }

// Close closes the database.
func (s *Store) Close() error { return s.DB.Close() }

func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.DB.QueryContext(ctx, s.d.Rebind(q), args...)
}
