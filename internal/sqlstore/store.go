// Package sqlstore implements dyad.Store over database/sql for the SQL
// databases dyad supports. The sqlite and postgres packages open their
// database, migrate its schema and hand it here with their Dialect: the
// queries are the same, parameterised SQL in both, so that both stores
// behave alike (the conformance suite in internal/storetest checks it).
package sqlstore

import (
	"context"
	"database/sql"
	"time"

	"github.com/dyadproject/dyad"
)

// Dialect is what differs between the databases.
type Dialect struct {
	Name string
	// Rebind turns the ? placeholders of a query into the database's own.
	Rebind func(query string) string
	// EventMatch returns a condition on the events table that holds when
	// the event's sentence contains the words of q, and its argument.
	EventMatch func(q string) (cond string, arg any, err error)
	// ArticleMatch does the same for the articles table (title and text).
	ArticleMatch func(q string) (cond string, arg any, err error)
}

// Store is a dyad.Store on a migrated database.
type Store struct {
	DB  *sql.DB
	d   Dialect
	now func() time.Time
}

var _ dyad.Store = (*Store)(nil)

// New returns a store on db, whose schema must be migrated.
func New(db *sql.DB, d Dialect) *Store {
	return &Store{DB: db, d: d, now: time.Now}
}

// Close closes the database.
func (s *Store) Close() error { return s.DB.Close() }

func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return s.DB.QueryContext(ctx, s.d.Rebind(q), args...)
}
