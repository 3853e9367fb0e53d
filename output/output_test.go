package output

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

var update = flag.Bool("update", false, "rewrite golden files")

func sample() (*dyad.Article, []dyad.Event) {
	text := "Iraq accused Iran of arming militias.\n\nTehran blamed the U.S. for the violence."
	a := &dyad.Article{ID: "story-1", URL: "https://example.org/story-1", Text: text}
	evs := []dyad.Event{
		{Doc: "story-1", Date: 20071117, Source: "IRNGOV", Target: "USA", Code: "112", Sentence: 1,
			Text: "Tehran blamed the U.S. for the violence.", SourceText: "Tehran", TargetText: "the U.S.", VerbText: "blamed",
			SourceSpan: dyad.Span{Start: 39, End: 45}, TargetSpan: dyad.Span{Start: 53, End: 61}, VerbSpan: dyad.Span{Start: 46, End: 52},
			Pattern: "verbs.txt:12 BLAME"},
		{Doc: "story-1", Date: 20071117, Source: "IRQ", Target: "IRNMILSHI", Code: "1123", Sentence: 0,
			Text: "Iraq accused Iran of arming militias.", SourceText: "Iraq", TargetText: "Iran", VerbText: "accused",
			SourceSpan: dyad.Span{Start: 0, End: 4}, TargetSpan: dyad.Span{Start: 13, End: 17}, VerbSpan: dyad.Span{Start: 5, End: 12},
			Pattern: "verbs.txt:7 - * + OF ARMING [1123]"},
		{Doc: "story-1", Date: 20071117, Source: "IGOUNO", Target: "---", Code: "W99", Sentence: 1,
			Text: "a WEIS-era code", Pattern: "old.txt:1 X"},
	}
	return a, evs
}

func TestFormats(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := New(format, &buf)
			if err != nil {
				t.Fatal(err)
			}
			if g, ok := w.(*gdeltWriter); ok {
				g.now = func() time.Time { return time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC) }
			}
			a, evs := sample()
			if err := w.Write(a, evs); err != nil {
				t.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "events."+format)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if buf.String() != string(want) {
				t.Errorf("output differs from %s:\n%s", golden, buf.String())
			}
		})
	}
}

func TestGDELTColumns(t *testing.T) {
	var buf bytes.Buffer
	w := newGDELT(&buf)
	a, evs := sample()
	w.Write(a, evs)
	w.Flush()
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 61 {
			t.Fatalf("%d columns, want 61: %q", len(cols), line)
		}
		if cols[26] == "1123" && (cols[5] != "IRQ" || cols[7] != "IRQ" || cols[15] != "IRNMILSHI" || cols[17] != "IRN" ||
			cols[20] != "SHI" || cols[22] != "MIL" || cols[27] != "112" || cols[28] != "11" || cols[29] != "3") {
			t.Errorf("columns of the 1123 event: %q", cols)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("xml accepted")
	}
}
