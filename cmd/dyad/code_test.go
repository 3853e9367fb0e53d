package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestCodeGolden codes the bundled sample stories in each format and
// compares with the golden files in testdata/code (go test -update
// rewrites them after a deliberate change to the coder, model or
// dictionaries: review the diff).
func TestCodeGolden(t *testing.T) {
	// gdelt is left out: it stamps the time it is written (output's own
	// golden test fixes the clock).
	for _, format := range []string{"jsonl", "tsv", "csv"} {
		t.Run(format, func(t *testing.T) {
			code, out, errs := runDyad(t, "code", "--quiet", "--workers", "2", "--format", format, "../../testdata/sample")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden := filepath.Join("testdata", "code", "sample."+format)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if out != string(want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", golden, firstDiff(out, string(want)))
			}
		})
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n got:  %s\n want: %s", i+1, a, b)
		}
	}
	return ""
}

// TestCodeBadInput codes a folder of good and bad documents: each bad one
// is reported on standard error, the others are all coded, and the exit
// status says that something failed.
func TestCodeBadInput(t *testing.T) {
	dir := t.TempDir()
	story := "Iraq accused Iran of spying on Monday.\n"
	for name, data := range map[string]string{
		"empty.txt":    "",
		"undated.txt":  story,
		"latin1.txt":   "Iraq accused Iran of spying on Monday, caf\xe9 owners said.\n",
		"huge.txt":     strings.Repeat(" ", 10<<20) + story,
		"records.json": `{"id": "r1", "date": "2020-03-04", "text": "` + strings.TrimSpace(story) + `"}` + "\n" + "{\"id\": \"r2\", \"text\": \"Iraq \xff accused Iran.\"}\n" + `{"id": "r3", "text": ""}` + "\n" + "not json\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runDyad(t, "code", "--format", "tsv", "--date", "2020-01-02", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (some inputs failed)", code)
	}
	for _, want := range []string{
		"20200102\tIRQ\tIRN\t1125\thuge-1",
		"20200102\tIRQ\tIRN\t112\tlatin1-1", // not UTF-8: read as Windows-1252
		"20200102\tIRQ\tIRN\t1125\tundated-1",
		"20200304\tIRQ\tIRN\t1125\tr1-1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("events lack %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n"); n != 4 {
		t.Errorf("%d events, want 4:\n%s", n, out)
	}
	for _, want := range []string{
		"empty.txt: no story text found",
		`record "r2" is not valid UTF-8`,
		`record "r3" has no text`,
		"records.json:4: not a JSON object",
		"undated has no date: coded as of 2020-01-02 (--date)",
		"(4 failed)",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("standard error lacks %q:\n%s", want, errs)
		}
	}
}
