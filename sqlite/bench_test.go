package sqlite_test

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyadproject/dyad/internal/storebench"
	"github.com/dyadproject/dyad/sqlite"
)

// BenchmarkIngest stores batches of 64 articles of 10 events each, the
// default batch of "dyad ingest", into a growing database.
func BenchmarkIngest(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
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

// BenchmarkIngest1M stores the same batches into a copy of the
// million-event database (see bench1M): storing gets slower as the indexes
// grow.
func BenchmarkIngest1M(b *testing.B) {
	src := bench1M(b)
	src.Close()
	path := filepath.Join(b.TempDir(), "bench.db")
	if err := copyFile(os.Getenv("DYAD_BENCH_DB"), path); err != nil {
		b.Fatal(err)
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	g := storebench.NewGenAfter(1, 1_000_000)
	events := 0
	start := time.Now()
	for b.Loop() {
		if _, err := db.PutArticles(context.Background(), g.Batch(64, 10), false); err != nil {
			b.Fatal(err)
		}
		events += 640
	}
	// The rate counts the copying of the log into the file that the
	// batches left for later (see Open).
	if _, err := db.DB.Exec("PRAGMA wal_checkpoint(PASSIVE)"); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(events)/time.Since(start).Seconds(), "events/s")
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// bench1M opens the million-event database, building it on first use at
// $DYAD_BENCH_DB (kept between runs). Without DYAD_BENCH_DB the load
// benchmarks skip, so that plain "go test -bench ." stays short.
func bench1M(b *testing.B) *sqlite.DB {
	path := os.Getenv("DYAD_BENCH_DB")
	if path == "" {
		b.Skip("set DYAD_BENCH_DB=/path/to/bench.db to run the 1,000,000-event benchmarks")
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	var n int
	db.DB.QueryRow("SELECT count(*) FROM events").Scan(&n)
	if n < 1_000_000 {
		b.Logf("building %s: 100,000 articles, 1,000,000 events", path)
		if err := storebench.Fill(ctx, db, n, 1_000_000); err != nil {
			b.Fatal(err)
		}
		if err := db.Analyze(ctx); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// BenchmarkQuery1M runs the queries the API and the dashboard make against
// one million events, with random parameters, and reports the 99th
// percentile latency of each.
func BenchmarkQuery1M(b *testing.B) {
	db := bench1M(b)
	defer db.Close()
	storebench.Queries(b, db)
}
