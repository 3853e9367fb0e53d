package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/sqlite"
)

const dbHelp = "event database: a SQLite file path, or a postgres://… URL (default $DYAD_DB, else dyad/dyad.db in the user's data folder: $XDG_DATA_HOME, else ~/.local/share)"

// defaultDB is where the event database lives when neither --db nor
// DYAD_DB says: the XDG data folder, the usual place for a user's data
// files on Unix.
func defaultDB(getenv func(string) string) string {
	if p := getenv("DYAD_DB"); p != "" {
		return p
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "dyad", "dyad.db")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "dyad", "dyad.db")
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "dyad", "dyad.db")
	}
	return "dyad.db"
}

// openStore opens the database a --db value names.
func openStore(ctx context.Context, e *env, db string) (dyad.Store, error) {
	if db == "" {
		db = defaultDB(e.getenv)
	}
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	e.log.Info("database", "sqlite", db)
	return sqlite.Open(ctx, strings.TrimPrefix(db, "sqlite:"))
}
