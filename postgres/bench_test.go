package postgres_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dyadproject/dyad/internal/storebench"
	"github.com/dyadproject/dyad/postgres"
)

// BenchmarkIngest stores batches of 64 articles of 10 events each into a
// growing database, as the sqlite package's benchmark of the same name.
func BenchmarkIngest(b *testing.B) {
	db := openTB(b)
	g := storebench.NewGen(1)
	events := 0
	start := time.Now()
	for b.Loop() {
		if _, err := db.PutArticles(context.Background(), g.Batch(64, 10), false); err != nil {
			b.Fatal(err)
		}
		events += 640
	}
	b.ReportMetric(float64(events)/time.Since(start).Seconds(), "events/s")
}

// BenchmarkQuery1M runs the load benchmark's queries against a million
// events in the database named by DYAD_BENCH_POSTGRES, filling it on first
// use (it keeps them between runs); without it the benchmark skips.
func BenchmarkQuery1M(b *testing.B) {
	dsn := os.Getenv("DYAD_BENCH_POSTGRES")
	if dsn == "" {
		b.Skip("set DYAD_BENCH_POSTGRES=postgres://... (a database of its own) to run the 1,000,000-event benchmarks")
	}
	ctx := context.Background()
	db, err := postgres.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var n int
	db.DB.QueryRow("SELECT count(*) FROM events").Scan(&n)
	if n < 1_000_000 {
		b.Logf("filling the database: 100,000 articles, 1,000,000 events")
		if err := storebench.Fill(ctx, db, n, 1_000_000); err != nil {
			b.Fatal(err)
		}
		if _, err := db.DB.ExecContext(ctx, "VACUUM ANALYZE"); err != nil {
			b.Fatal(err)
		}
	}
	storebench.Queries(b, db)
}
