package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/storetest"
	"github.com/dyadproject/dyad/postgres"
)

// open gives each test a schema of its own in the database named by
// DYAD_TEST_POSTGRES (which .ci/run sets), and skips without it.
func open(t *testing.T) dyad.Store { return openTB(t) }

func openTB(t testing.TB) *postgres.DB {
	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		t.Skip("DYAD_TEST_POSTGRES not set: skipping PostgreSQL tests")
	}
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyadtest_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := postgres.Open(context.Background(), u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

// TestConformanceWithoutRollups runs the suite with every view read from
// the events table.
func TestConformanceWithoutRollups(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store {
		db := openTB(t)
		db.NoRollups = true
		return db
	})
}
