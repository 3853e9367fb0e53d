package wire

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
)

// TestSeed reads the story the project started from, furniture and all.
func TestSeed(t *testing.T) {
	path := shared.Path(t, "seed", "000_8e7c8c826ba6b8ad.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(string(b))
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	if a.Title != "Iraq seeks deeper Iran-U.S. dialogue on security" {
		t.Errorf("title %q", a.Title)
	}
	if got := a.PublishedString(); got != "2007-11-17T15:51:00Z" {
		t.Errorf("published %q", got)
	}
	if a.Dateline != "BAGHDAD" || a.Source != "Reuters" {
		t.Errorf("dateline %q, source %q", a.Dateline, a.Source)
	}
	// The story has ten paragraphs between its dateline and its credits.
	if len(paras) != 10 {
		t.Errorf("%d paragraphs, want 10", len(paras))
	}
	if !strings.HasPrefix(paras[0], "Iraq is encouraged") || !strings.HasPrefix(paras[9], "With Shi") {
		t.Errorf("first or last paragraph wrong: %.40q ... %.40q", paras[0], paras[9])
	}
	for _, junk := range []string{"logo", "years ago", "Standards", "0 : 0", "browser", "tablet", "Editing by", "dialogue on security"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps furniture %q", junk)
		}
	}
	t.Logf("title=%q published=%s dateline=%q source=%q authors=%q paragraphs=%d", a.Title, a.PublishedString(), a.Dateline, a.Source, a.Authors, len(paras))
}

// TestWikinews reads the shared Wikinews stories: each has a title, a date
// and a body.
func TestWikinews(t *testing.T) {
	dir := shared.Path(t, "news", "wikinews")
	names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(string(b))
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if a.Title == "" || a.Published.IsZero() || a.Source != "Wikinews" || a.URL == "" || len(a.Text) < 200 {
			t.Errorf("%s: title=%q published=%q source=%q url=%q text=%d bytes", filepath.Base(n), a.Title, a.PublishedString(), a.Source, a.URL, len(a.Text))
		}
		if testing.Verbose() {
			t.Logf("%s: %q %s %d paragraphs; first: %.60q", filepath.Base(n), a.Title, a.PublishedString(), strings.Count(a.Text, "\n\n")+1, a.Text)
		}
	}
}
