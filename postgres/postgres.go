// Package postgres keeps dyad's events in PostgreSQL through pgx, with the
// same behaviour as the sqlite package (the conformance suite checks it):
// for a database that many ingesters and servers share.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/sqlstore"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an event database in PostgreSQL.
type DB struct {
	*sqlstore.Store
}

// Open connects to the database at url (postgres://user:pass@host/db?...,
// any form pgx accepts) and brings its schema up to date. Concurrent
// first opens are serialised by an advisory lock.
func Open(ctx context.Context, url string) (*DB, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connecting: %w", err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return &DB{sqlstore.New(db, Dialect)}, nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	const lock = 0x647961640001 // "dyad" and the migration lock's number
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lock); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", lock)
	return sqlstore.Migrate(ctx, db, Dialect, migrations, "migrations")
}

// Dialect is PostgreSQL's: $n placeholders, and full-text search with
// plainto_tsquery, which reads the words and ignores any query syntax.
var Dialect = sqlstore.Dialect{
	Name:   "postgres",
	Rebind: rebind,
	// PostgreSQL's planner weighs the GIN index against the others by
	// itself: every plan is the same condition.
	EventMatch: func(f *dyad.EventFilter, _ sqlstore.MatchPlan) (string, any, error) {
		w, err := words(f.Query)
		return "search @@ plainto_tsquery('english', ?)", w, err
	},
	ArticleMatch: func(q string) (string, any, error) {
		w, err := words(q)
		return "search @@ plainto_tsquery('english', ?)", w, err
	},
}

func words(q string) (string, error) {
	ws, err := sqlstore.SearchWords(q)
	return strings.Join(ws, " "), err
}

// rebind numbers the ? placeholders; dyad's queries have no ? in literals.
func rebind(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
