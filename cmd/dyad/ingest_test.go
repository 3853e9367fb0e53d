package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
	_ "modernc.org/sqlite"
)

// writeCoded writes n coded articles of k events each as --coded input.
func writeCoded(t *testing.T, path string, n, k int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	actors := []string{"USA", "IRN", "IRQ", "RUS", "UKR", "CHN", "ISR", "PSE"}
	codes := []string{"010", "020", "036", "042", "046", "051", "0841", "111", "112", "130", "163", "190"}
	for i := range n {
		var text strings.Builder
		var events []dyad.Event
		date := dyad.DateOf(time.Date(2007, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365))
		for j := range k {
			src, tgt := actors[(i+j)%len(actors)], actors[(i+2*j+1)%len(actors)]
			start := text.Len()
			sentence := fmt.Sprintf("Story %d: %s officials pressed %s on issue %d. ", i, src, tgt, j)
			text.WriteString(sentence)
			s := start + len(fmt.Sprintf("Story %d: ", i))
			events = append(events, dyad.Event{
				Doc: fmt.Sprint("doc-", i), Date: date, Source: src + "GOV", Target: tgt, Code: codes[(i*k+j)%len(codes)], Sentence: j,
				Text: strings.TrimSpace(sentence), SourceText: src, VerbText: "pressed", TargetText: tgt,
				SourceSpan: dyad.Span{Start: s, End: s + 3}, VerbSpan: dyad.Span{Start: s + 14, End: s + 21}, TargetSpan: dyad.Span{Start: s + 22, End: s + 25},
				Pattern: "generated",
			})
		}
		rec := map[string]any{
			"article": map[string]any{"doc": fmt.Sprint("doc-", i), "published": date.String(), "url": fmt.Sprintf("https://gen.example/%d", i), "text": text.String()},
			"events":  events,
		}
		b, _ := json.Marshal(rec)
		w.Write(append(b, '\n'))
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}

// buildDyad builds the dyad binary into a temporary folder.
func buildDyad(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary: skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "dyad")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func counts(t *testing.T, dbPath string) (articles, events, distinctDocs, dupEvents int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+dbPath+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	q := func(query string) int {
		var n int
		if err := db.QueryRow(query).Scan(&n); err != nil {
			if strings.Contains(err.Error(), "no such table") {
				return 0
			}
			t.Fatalf("%s: %v", query, err)
		}
		return n
	}
	return q("SELECT count(*) FROM articles"), q("SELECT count(*) FROM events"), q("SELECT count(DISTINCT doc) FROM articles"),
		q("SELECT count(*) FROM (SELECT article_id, sentence, count(*) AS n FROM events GROUP BY article_id, sentence HAVING n > 1) AS d")
}

// TestIngestSurvivesKill kills "dyad ingest" with SIGKILL in the middle of
// its batches, three times, then lets it finish: every article is stored
// once, with all its events and no event twice.
func TestIngestSurvivesKill(t *testing.T) {
	bin := buildDyad(t)
	dir := t.TempDir()
	input, dbPath := filepath.Join(dir, "coded.jsonl"), filepath.Join(dir, "events.db")
	const n, k = 4000, 8
	writeCoded(t, input, n, k)

	for kill := 1; kill <= 3; kill++ {
		before, _, _, _ := counts(t, dbPath)
		cmd := exec.Command(bin, "ingest", "--coded", "--batch", "20", "--db", dbPath, input)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until this run has stored something, then kill it while it
		// is still writing.
		deadline := time.Now().Add(60 * time.Second)
		for {
			time.Sleep(20 * time.Millisecond)
			now, _, _, _ := counts(t, dbPath)
			if now > before+100 || time.Now().After(deadline) {
				break
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		a, e, _, _ := counts(t, dbPath)
		t.Logf("kill %d: %v; %d articles, %d events stored", kill, err, a, e)
		if a == n {
			t.Fatalf("the run finished before it was killed: make the input bigger\n%s", stderr.String())
		}
	}

	out, err := exec.Command(bin, "ingest", "--coded", "--batch", "20", "--db", dbPath, input).CombinedOutput()
	if err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	t.Logf("final run: %s", bytes.TrimSpace(out))
	articles, events, docs, dups := counts(t, dbPath)
	if articles != n || docs != n || events != n*k || dups != 0 {
		t.Errorf("%d articles (%d distinct), %d events, %d duplicated events; want %d, %d, %d, 0", articles, docs, events, dups, n, n, n*k)
	}
	// The text indexes hold what the tables hold, no more and no less.
	db, err := sql.Open("sqlite", "file:"+dbPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"events_fts", "articles_fts"} {
		if _, err := db.Exec("INSERT INTO " + table + " (" + table + ", rank) VALUES ('integrity-check', 1)"); err != nil {
			t.Errorf("%s after the kills: %v", table, err)
		}
	}
	db.Close()
	// The rollups count what the events table holds.
	store, err := sqlite.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.CheckRollups(context.Background()); err != nil {
		t.Errorf("after the kills: %v", err)
	}
	store.Close()
	// Running it once more changes nothing.
	out, err = exec.Command(bin, "ingest", "--coded", "--db", dbPath, input).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("0 added, %d unchanged", n)) {
		t.Errorf("rerun: %v %s", err, out)
	}
	if a, e, _, _ := counts(t, dbPath); a != n || e != n*k {
		t.Errorf("after the rerun: %d articles, %d events", a, e)
	}
}

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	input, dbPath := filepath.Join(dir, "coded.jsonl"), filepath.Join(dir, "events.db")
	writeCoded(t, input, 30, 3)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"article\": {\"text\": \"\"}}\nnot json\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"no inputs", []string{"ingest"}, 2, "no inputs"},
		{"coded", []string{"ingest", "--coded", "--db", dbPath, input}, 0, "30 added, 0 unchanged"},
		{"coded again", []string{"ingest", "--coded", "--db", dbPath, input}, 0, "0 added, 30 unchanged"},
		{"recode", []string{"ingest", "--coded", "--recode", "--db", dbPath, input}, 0, "30 recoded"},
		{"bad lines", []string{"ingest", "--coded", "--db", dbPath, bad}, 1, "bad.jsonl:2"},
		{"missing file", []string{"ingest", "--coded", "--db", dbPath, filepath.Join(dir, "nope")}, 1, "nope"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
			e.log = discardLogger()
			if got := run(context.Background(), e, tt.args); got != tt.status || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("status %d, stderr %q; want %d with %q", got, stderr.String(), tt.status, tt.stderr)
			}
		})
	}
	if a, e, _, _ := counts(t, dbPath); a != 30 || e != 90 {
		t.Errorf("%d articles, %d events; want 30, 90", a, e)
	}
}

func TestDefaultDB(t *testing.T) {
	env := map[string]string{}
	get := func(k string) string { return env[k] }
	env["XDG_DATA_HOME"] = "/data"
	if got := defaultDB(get); got != "/data/dyad/dyad.db" {
		t.Errorf("with XDG_DATA_HOME: %s", got)
	}
	env["DYAD_DB"] = "/x.db"
	if got := defaultDB(get); got != "/x.db" {
		t.Errorf("with DYAD_DB: %s", got)
	}
}
