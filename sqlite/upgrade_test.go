package sqlite

import (
	"context"
	"database/sql"
	"io/fs"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/sqlstore"
)

// TestUpgradeBuildsRollupsAndTextIndex stores events in a database of the
// first schemas (before the rollups and the text index with countries),
// then opens it: the migrations fill the rollups and index the texts anew,
// and the store answers from them.
func TestUpgradeBuildsRollupsAndTextIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old := fstest.MapFS{}
	for _, name := range []string{"001_init.sql", "002_covering_indexes.sql", "003_text_index_by_batch.sql"} {
		body, err := fs.ReadFile(migrations, "migrations/"+name)
		if err != nil {
			t.Fatal(err)
		}
		old["migrations/"+name] = &fstest.MapFile{Data: body}
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if err := sqlstore.Migrate(ctx, db, Dialect, old, "migrations"); err != nil {
		t.Fatal(err)
	}
	events := []struct {
		date           int
		src, tgt, code string
		quad           int
		goldstein      float64
		text           string
	}{
		{20071117, "USA", "IRN", "112", 3, -2, "Washington accuses Iran of arming militias."},
		{20071117, "IRNGOV", "USA", "112", 3, -2, "Tehran blames Washington for the violence."},
		{20071120, "IRQGOV", "IRN", "021", 1, 3.4, "Iraq appeals to Iran for calm."},
		{20071203, "ISRMIL", "PSE", "190", 4, -10, "Israeli jets struck targets in Gaza."},
	}
	for i, e := range events {
		if _, err := db.Exec(`INSERT INTO articles (id, doc, content_key, text, ingested, coded) VALUES (?, ?, ?, ?, '', '')`,
			i+1, "old-"+string(rune('a'+i)), "key"+string(rune('a'+i)), e.text); err != nil {
			t.Fatal(err)
		}
		_, err := db.Exec(`INSERT INTO events (article_id, date, source, target, code, root, quad, goldstein, plover, src3, tgt3,
			sentence, text, source_text, target_text, verb_text, source_start, source_end, target_start, target_end,
			verb_start, verb_end, sentence_start, sentence_end, pattern)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, 0, ?, '', '', '', 0, 0, 0, 0, 0, 0, 0, 0, '')`,
			i+1, e.date, e.src, e.tgt, e.code, e.code[:2], e.quad, e.goldstein, e.src[:3], e.tgt[:3], e.text)
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`INSERT INTO events_fts (rowid, text) SELECT id, text FROM events`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.CheckRollups(ctx); err != nil {
		t.Error(err)
	}
	if _, err := s.DB.Exec("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("text index after the upgrade: %v", err)
	}
	buckets, err := s.Aggregate(ctx, dyad.EventFilter{}, dyad.Month)
	want := []dyad.Bucket{
		{Start: 20071101, Events: 3, Goldstein: -0.6, ByQuad: [4]int{1, 0, 2, 0}, QuadSum: [4]float64{3.4, 0, -4, 0}},
		{Start: 20071201, Events: 1, Goldstein: -10, ByQuad: [4]int{0, 0, 0, 1}, QuadSum: [4]float64{0, 0, 0, -10}},
	}
	// Goldstein: -4 + 3.4 in floating point.
	if err != nil || len(buckets) != 2 || buckets[0].ByQuad != want[0].ByQuad || buckets[0].QuadSum != want[0].QuadSum ||
		math.Abs(buckets[0].Goldstein-want[0].Goldstein) > 1e-9 || buckets[1] != want[1] {
		t.Errorf("aggregate after the upgrade: %+v, %v; want %+v", buckets, err, want)
	}
	for _, tt := range []struct {
		f    dyad.EventFilter
		want string
	}{
		{dyad.EventFilter{Query: "Washington"}, "IRNGOV>USA USA>IRN"},
		{dyad.EventFilter{Query: "Washington", Source: "IRN", Target: "USA"}, "IRNGOV>USA"},
		{dyad.EventFilter{Query: "Iran", Actor: "IRQ"}, "IRQGOV>IRN"},
	} {
		p, err := s.FindEvents(ctx, tt.f)
		var got []string
		for _, e := range p.Events {
			got = append(got, e.Source+">"+e.Target)
		}
		if err != nil || strings.Join(got, " ") != tt.want {
			t.Errorf("%+v after the upgrade: %v, %v; want %s", tt.f, got, err, tt.want)
		}
	}
}
