package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/dyadproject/dyad/internal/storebench"
	"github.com/dyadproject/dyad/sqlite"
)

func TestZZIngest1M(t *testing.T) {
	path := os.Getenv("ZZINGEST")
	if path == "" {
		t.Skip()
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Store.Close()
	for _, s := range []string{os.Getenv("ZZSQL")} {
		if s != "" {
			if _, err := db.DB.Exec(s); err != nil {
				t.Fatal(err)
			}
		}
	}
	g := storebench.NewGen(77)
	for round := range 2 {
		start := time.Now()
		events := 0
		for range 50 {
			batch := g.Batch(64, 10)
			for _, ca := range batch {
				ca.Article.URL += "?again"
				ca.Article.Text += " Again."
			}
			res, err := db.PutArticles(context.Background(), batch, false)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res {
				events += r.Events
			}
		}
		fmt.Printf("round %d: %.0f events/s\n", round, float64(events)/time.Since(start).Seconds())
	}
}
