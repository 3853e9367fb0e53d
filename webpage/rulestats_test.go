package webpage

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
	"golang.org/x/net/html"
)

var ruleStats = flag.Bool("rulestats", false, "print what each cleaning rule drops on the shared benchmark pages")

// TestRuleStats shows, for each cleaning rule, how many of the word
// 4-grams it drops are in the gold article bodies and how many are not: a
// tool for judging rules, run with -rulestats -v.
func TestRuleStats(t *testing.T) {
	if !*ruleStats {
		t.Skip("run with -rulestats")
	}
	dir := shared.Path(t, "articles")
	gold := loadGold(t, dir)
	type tally struct{ good, bad, blocks int }
	stats := map[string]*tally{}
	var examples []string
	for id, g := range gold {
		page := readGz(t, filepath.Join(dir, "html", id+".html.gz"))
		text, _ := decode(page, "")
		doc, err := html.Parse(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		_, pc, blocks, err := extract(doc, g.URL)
		if err != nil {
			continue
		}
		gs := fourGrams(g.ArticleBody)
		for i := range blocks {
			name := ruleFor(pc, blocks, i)
			if name == "" {
				continue
			}
			s := stats[name]
			if s == nil {
				s = &tally{}
				stats[name] = s
			}
			s.blocks++
			in, out := 0, 0
			for k := range fourGrams(blocks[i].text) {
				if gs[k] {
					in++
				} else {
					out++
				}
			}
			s.good += out
			s.bad += in
			if in > 0 {
				examples = append(examples, fmt.Sprintf("%-20s %s %d/%d %.100q", name, id[:8], in, in+out, blocks[i].text))
			}
		}
	}
	var names []string
	for n := range stats {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s := stats[n]
		t.Logf("%-20s blocks=%4d junk 4-grams dropped=%5d gold 4-grams dropped=%5d", n, s.blocks, s.good, s.bad)
	}
	sort.Strings(examples)
	for _, e := range examples {
		t.Log(e)
	}
}

type goldPage struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

func loadGold(t testing.TB, dir string) map[string]goldPage {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]goldPage
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	return gold
}

func readGz(t testing.TB, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	page, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return page
}

func fourGrams(s string) map[string]bool {
	w := strings.FieldsFunc(s, func(r rune) bool { return textKey(string(r)) == "" && r != '_' })
	m := map[string]bool{}
	for i := 0; i+4 <= len(w); i++ {
		m[strings.Join(w[i:i+4], " ")] = true
	}
	return m
}
