package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/sqlstore"
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

// TestConformanceTextPlans runs the suite with each way of combining a
// text search with the other filters, which the store otherwise chooses by
// the numbers of matches and events: the small fixtures would reach only
// the way for rare words.
func TestConformanceTextPlans(t *testing.T) {
	for _, plan := range []struct {
		name string
		plan sqlstore.MatchPlan
	}{{"first", sqlstore.MatchFirst}, {"each", sqlstore.MatchEach}, {"set", sqlstore.MatchSet}} {
		t.Run(plan.name, func(t *testing.T) {
			storetest.Run(t, func(t *testing.T) dyad.Store {
				db := open(t).(*sqlite.DB)
				db.TextPlan = plan.plan
				return db
			})
		})
	}
}

// TestConformanceWithoutRollups runs the suite with every view read from
// the events table, which the store otherwise does only for the views the
// rollups cannot answer.
func TestConformanceWithoutRollups(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store {
		db := open(t).(*sqlite.DB)
		db.NoRollups = true
		return db
	})
}

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
	files, _ := filepath.Glob("migrations/*.sql")
	var versions int
	if err := db.DB.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&versions); err != nil || versions != len(files) {
		t.Errorf("schema_migrations: %d rows, %v; want one per migration, %d", versions, err, len(files))
	}
	p, err := db.FindEvents(ctx, dyad.EventFilter{})
	if err != nil || len(p.Events) != 8 {
		t.Errorf("after reopening: %d events, %v", len(p.Events), err)
	}
}

// TestAnalyzeTunesStatistics checks that the planner's statistics keep
// none for the text index's tables (FTS5 would prepare its statements
// again at every lookup) and no skip-scans on the events indexes, after
// ANALYZE and after PRAGMA optimize on closing.
func TestAnalyzeTunesStatistics(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.PutArticles(ctx, storetest.Stories(), false); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		var fts, skips, events int
		db.DB.QueryRow(`SELECT count(*) FROM sqlite_stat1 WHERE tbl LIKE '%fts%'`).Scan(&fts)
		db.DB.QueryRow(`SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'events' AND stat NOT LIKE '%noskipscan'`).Scan(&skips)
		db.DB.QueryRow(`SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'events'`).Scan(&events)
		if fts != 0 || skips != 0 || events == 0 {
			t.Errorf("%s: %d statistics on FTS tables, %d events indexes open to skip-scans, %d on events", when, fts, skips, events)
		}
	}
	if err := db.Analyze(ctx); err != nil {
		t.Fatal(err)
	}
	check("after Analyze")

	// Statistics someone else gathered are tuned when the file is opened.
	db.DB.Exec("ANALYZE")
	db.Store.Close()
	if db, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	check("after opening")

	// An index that a migration adds to an analysed database gets its
	// statistics when the file is opened.
	db.DB.Exec(`DELETE FROM sqlite_stat1 WHERE idx = 'events_source'`)
	db.Store.Close()
	if db, err = sqlite.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	check("after opening with an index not analysed")
	var n int
	if db.DB.QueryRow(`SELECT count(*) FROM sqlite_stat1 WHERE idx = 'events_source'`).Scan(&n); n != 1 {
		t.Error("the index without statistics was not analysed on opening")
	}
	p, err := db.FindEvents(ctx, dyad.EventFilter{Query: "Iran", Source: "USA"})
	if err != nil || len(p.Events) == 0 {
		t.Errorf("search after tuning: %d events, %v", len(p.Events), err)
	}
}

// TestTextIndexInStep stores, recodes (also twice in one batch) and deletes
// articles, and then has FTS5 check its indexes against the tables: the
// store, not triggers, keeps them in step.
func TestTextIndexInStep(t *testing.T) {
	ctx := context.Background()
	db := open(t).(*sqlite.DB)
	stories := storetest.Stories()
	res, err := db.PutArticles(ctx, stories, false)
	if err != nil {
		t.Fatal(err)
	}
	again := storetest.Stories()[1]
	again.Events = again.Events[:1]
	if _, err := db.PutArticles(ctx, []dyad.CodedArticle{again, storetest.Stories()[2], storetest.Stories()[2]}, true); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteArticle(ctx, res[0].ID); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"events_fts", "articles_fts"} {
		if _, err := db.DB.Exec("INSERT INTO " + table + " (" + table + ", rank) VALUES ('integrity-check', 1)"); err != nil {
			t.Errorf("%s: %v", table, err)
		}
	}
	for _, tt := range []struct {
		query string
		want  int
	}{
		{"Crocker", 0},    // an event of the recoded article that is gone
		{"urges", 1},      // the one it kept
		{"prisoners", 1},  // recoded twice in one batch: one event
		{"Washington", 1}, // the deleted article had one of the two
	} {
		p, err := db.FindEvents(ctx, dyad.EventFilter{Query: tt.query})
		if err != nil || len(p.Events) != tt.want {
			t.Errorf("search %q: %d events, %v; want %d", tt.query, len(p.Events), err, tt.want)
		}
	}
	list, _, err := db.FindArticles(ctx, dyad.ArticleFilter{Query: "Tehran"})
	if err != nil || len(list) != 0 {
		t.Errorf("article search finds %d articles of the deleted one, %v", len(list), err)
	}
}
