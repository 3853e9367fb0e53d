package wire

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// articleJSON is what the golden files hold: the article as dyad extract
// prints it.
type articleJSON struct {
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Dateline  string   `json:"dateline"`
	Source    string   `json:"source"`
	Authors   []string `json:"authors"`
	URL       string   `json:"url"`
	Text      string   `json:"text"`
}

func TestGolden(t *testing.T) {
	names, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatal("no fixtures")
	}
	for _, name := range names {
		t.Run(filepath.Base(name), func(t *testing.T) {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(string(b))
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(articleJSON{a.Title, a.PublishedString(), a.Dateline, a.Source, a.Authors, a.URL, a.Text}, "", "  ")
			golden := strings.TrimSuffix(name, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if strings.TrimSpace(string(want)) != string(got) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in         string
		title, published string
		dateline, source string
		paragraphs       int
		wantErr          bool
		mustNotContain   []string
	}{
		{
			name:           "headline twice and furniture",
			in:             "Site logo\nTalks open in Cairo\nMay 1, 2020 / 2:05 PM / a year ago\n\nTalks open in Cairo\n\nCAIRO (Agency) - Delegations from the two governments opened talks in Cairo on Friday, officials said.\n\nThe talks are expected to last two days.\n\n0 : 0\n  • phone-only\n  • desktop-up",
			title:          "Talks open in Cairo",
			published:      "2020-05-01T14:05:00Z",
			dateline:       "CAIRO",
			source:         "Agency",
			paragraphs:     2,
			mustNotContain: []string{"logo", "phone-only", "0 : 0", "a year ago"},
		},
		{
			name:       "date only",
			in:         "Floods hit coastal towns\n12 June 2018\n\nHeavy rain flooded several coastal towns on Tuesday, forcing hundreds of people from their homes.",
			title:      "Floods hit coastal towns",
			published:  "2018-06-12",
			paragraphs: 1,
		},
		{
			name:       "title-case dateline",
			in:         "Kabul, Afghanistan — Officials said on Sunday that the road to the airport had reopened after a week of closures.",
			published:  "",
			dateline:   "Kabul",
			paragraphs: 1,
		},
		{
			name:       "press release: the date in the dateline",
			in:         "Ministry rejects incursion\n\nBAGHDAD, Dec. 12, 2016 - The ministry summoned the ambassador on Monday to protest, a spokesman said.\n\nThe talks are expected to last two days.",
			title:      "Ministry rejects incursion",
			published:  "2016-12-12",
			dateline:   "BAGHDAD",
			paragraphs: 2,
		},
		{
			name:       "day-first date and agency in the dateline",
			in:         "DAMASCUS, 12 March 2017 (Agency) - Army units advanced in the countryside of the province, the agency said.",
			published:  "2017-03-12",
			dateline:   "DAMASCUS",
			source:     "Agency",
			paragraphs: 1,
		},
		{
			name:       "wrapped with indented paragraphs",
			in:         "Aid convoy reaches besieged town\n\n    The first aid convoy in three months reached the besieged town\non Monday, the United Nations said, carrying food and medicine for\nabout 20,000 people.\n    Fighting had stopped for the day to let the trucks pass, a UN\nspokesman said. He did not say when the next convoy would go.\n",
			title:      "Aid convoy reaches besieged town",
			paragraphs: 2,
		},
		{
			name:       "wrapped, paragraph ends on a short line",
			in:         "Aid convoy arrives\n\nThe first aid convoy in three months reached the besieged town on\nMonday, the United Nations said.\nFighting had stopped for the day to let the trucks pass, a UN\nspokesman said, adding that the next convoy would go next week.\n",
			title:      "Aid convoy arrives",
			paragraphs: 2,
		},
		{
			name:       "very short story",
			in:         "Troops left the town.",
			paragraphs: 1,
		},
		{
			name:    "nothing but furniture",
			in:      "Home\nNews\nSports\n0 : 0\n",
			wantErr: true,
		},
		{
			name:    "empty",
			in:      "",
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("got no error, text %q", a.Text)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.PublishedString() != tt.published || a.Dateline != tt.dateline || a.Source != tt.source {
				t.Errorf("got title=%q published=%q dateline=%q source=%q", a.Title, a.PublishedString(), a.Dateline, a.Source)
			}
			if n := len(strings.Split(a.Text, "\n\n")); n != tt.paragraphs {
				t.Errorf("got %d paragraphs, want %d: %q", n, tt.paragraphs, a.Text)
			}
			for _, s := range tt.mustNotContain {
				if strings.Contains(a.Text, s) {
					t.Errorf("text contains furniture %q", s)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	names, _ := filepath.Glob("testdata/*.txt")
	for _, n := range names {
		b, _ := os.ReadFile(n)
		f.Add(string(b))
	}
	f.Add("BAGHDAD (X) - a\n\n\xff\xfe")
	f.Fuzz(func(t *testing.T, in string) {
		a, err := Parse(in)
		if err != nil {
			return
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Error("no error and no text")
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
			t.Error("invalid UTF-8 in output")
		}
		_ = dyad.Article{}
	})
}

func ExampleParse() {
	a, err := Parse("Talks open in Cairo\nMay 1, 2020\n\nCAIRO (Agency) - Delegations from the two governments opened talks on Friday.")
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.PublishedString(), a.Dateline, a.Source)
	fmt.Println(a.Text)
	// Output:
	// Talks open in Cairo
	// 2020-05-01 CAIRO Agency
	// Delegations from the two governments opened talks on Friday.
}
