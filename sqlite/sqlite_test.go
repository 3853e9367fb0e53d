package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/storetest"
	"github.com/dyadproject/dyad/sqlite"
)

func open(t *testing.T) dyad.Store {
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopenKeepsDataAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "dyad.db")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutArticles(ctx, storetest.Stories(), false); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var versions int
	if err := db.DB.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&versions); err != nil || versions != 1 {
		t.Errorf("schema_migrations: %d rows, %v", versions, err)
	}
	p, err := db.FindEvents(ctx, dyad.EventFilter{})
	if err != nil || len(p.Events) != 8 {
		t.Errorf("after reopening: %d events, %v", len(p.Events), err)
	}
}
