package webpage

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// storyPage is a news page of the usual shape, with the furniture news
// sites put around a story.
const storyPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ceasefire holds in northern province | Example Post</title>
<meta property="og:site_name" content="Example Post">
<meta name="description" content="Both sides report a quiet night as monitors arrive.">
<meta property="article:published_time" content="2021-03-04T09:07:00+01:00">
<meta name="author" content="Lina Haddad">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<header><h1>Ceasefire holds in northern province</h1>
<p class="dek">Both sides report a quiet night as monitors arrive.</p>
<p class="byline">By Lina Haddad</p></header>
<div class="article-body">
<p>ALEPPO (Example Post) — A ceasefire between government forces and rebel fighters held through the night in the northern province, monitors said on Thursday, the first quiet night in weeks.</p>
<p>The truce, brokered by regional mediators, took effect at midnight. Residents of villages along the front line said they had heard no shelling for the first time since January.</p>
<p><a href="/world/talks">Related: Talks on prisoner exchange stall</a></p>
<p>“We slept for the first time in a month,” said one farmer, who asked not to be named for fear of reprisals.</p>
<p>Monitors from the regional body arrived in the provincial capital on Wednesday and will visit the front line on Friday, a spokesman for the mediators said.</p>
<p>Sign up for our daily newsletter to get the top stories delivered to your inbox.</p>
<p>Reporting by Lina Haddad; Editing by Tom Walker</p>
</div></article>
<aside class="related-stories"><h2>More stories</h2><ul>
<li><a href="/a">Floods hit coastal towns after heavy rain</a></li>
<li><a href="/b">Parliament approves budget after long debate</a></li></ul></aside>
</main><footer><p>© 2021 Example Post. All rights reserved.</p></footer>
</body></html>`

func TestRead(t *testing.T) {
	a, err := Read(Page{Body: []byte(storyPage), URL: "https://post.example/world/ceasefire"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Ceasefire holds in northern province" {
		t.Errorf("title %q", a.Title)
	}
	if got := a.PublishedString(); got != "2021-03-04T09:07:00+01:00" {
		t.Errorf("published %q", got)
	}
	if a.Source != "Example Post" || a.Language != "en" || strings.Join(a.Authors, ";") != "Lina Haddad" {
		t.Errorf("source %q language %q authors %q", a.Source, a.Language, a.Authors)
	}
	if a.Dateline != "ALEPPO" {
		t.Errorf("dateline %q", a.Dateline)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 4 {
		t.Errorf("%d paragraphs, want 4:\n%s", len(paras), a.Text)
	}
	for _, junk := range []string{"Home", "Related:", "newsletter", "Editing by", "quiet night as monitors", "More stories", "Floods", "rights reserved", "By Lina"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps furniture %q", junk)
		}
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, contentType string
		page              []byte
		want              string
	}{
		{"utf-8", "", []byte("<p>Genève</p>"), "Genève"},
		{"latin-1 declared in header", "text/html; charset=iso-8859-1", []byte("<p>Gen\xe8ve</p>"), "Genève"},
		{"latin-1 declared in meta", "", []byte(`<meta charset="windows-1252"><p>Gen` + "\xe8" + `ve</p>`), "Genève"},
		{"latin-1 declared as utf-8", "text/html; charset=utf-8", []byte("<p>Gen\xe8ve \xe0 l'\xe9t\xe9</p>"), "Genève à l'été"},
		{"utf-8 declared as latin-1", "text/html; charset=iso-8859-1", []byte("<p>Genève</p>"), "Genève"},
		{"stray bad byte in utf-8", "", []byte("<p>Genève, Zürich, Malmö \xff</p>"), "Genève, Zürich, Malmö \uFFFD"},
		{"shift_jis", "text/html; charset=shift_jis", []byte("<p>\x93\xfa\x96\x7b</p>"), "日本"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := decode(tt.page, tt.contentType)
			if !strings.Contains(got, tt.want) {
				t.Errorf("decode = %q, want it to contain %q", got, tt.want)
			}
		})
	}
}

func TestRender(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"inline joins", "<p>foo<b>bar</b> baz</p>", []string{"foobar baz"}},
		{"spaces collapse", "<p>  a \n\t b&nbsp;c </p>", []string{"a b c"}},
		{"br breaks a line", "<p>line one<br>line two</p>", []string{"line one\nline two"}},
		{"blocks are paragraphs", "<div><h2>Head</h2><p>One.</p><ul><li>A</li><li>B</li></ul></div>", []string{"Head", "One.", "A", "B"}},
		{"scripts dropped", "<p>Text<script>var x;</script></p>", []string{"Text"}},
		{"table cells spaced", "<table><tr><td>a</td><td>b</td></tr></table>", []string{"a b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range render(doc) {
				got = append(got, b.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("render = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRules(t *testing.T) {
	pc := &pageContext{title: "Floods hit coastal towns", description: "Hundreds leave their homes.", index: pageIndex{}}
	tests := []struct {
		name   string
		blocks []string
		i      int
		want   string
	}{
		{"title echo", []string{"Floods hit coastal towns", "Story."}, 0, "title echo"},
		{"title far down is kept", []string{"a", "b", "c", "d", "e", "Floods hit coastal towns"}, 5, ""},
		{"read more", []string{"Read more: Storm season starts early"}, 0, "prompt"},
		{"newsletter", []string{"Sign up for our newsletter."}, 0, "prompt"},
		{"story sentence with more", []string{"More than 2,500 people have left the area, officials said."}, 0, ""},
		{"credit", []string{"(Reporting by A B; Editing by C D)"}, 0, "credit line"},
		{"contributed", []string{"Jane Roe contributed to this report."}, 0, "credit line"},
		{"byline", []string{"By Jane Roe and John Doe"}, 0, "byline or timestamp"},
		{"timestamp", []string{"Updated: Nov. 19, 2019 10:04 a.m."}, 0, "byline or timestamp"},
		{"photo credit", []string{"(Photo: Reuters)"}, 0, "caption"},
		{"separator", []string{"* * *"}, 0, "no words"},
		{"plain paragraph", []string{"The water rose two metres overnight, the mayor said."}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var bs []block
			for _, s := range tt.blocks {
				bs = append(bs, block{tag: "p", text: s})
			}
			if got := ruleFor(pc, bs, tt.i); got != tt.want {
				t.Errorf("rule %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNoText(t *testing.T) {
	for _, in := range []string{"", "<html></html>", "\x00\x01\x02", "<html><body><nav><a href=/>Home</a></nav></body></html>"} {
		if _, err := Read(Page{Body: []byte(in)}); err == nil {
			t.Errorf("no error for %q", in)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(storyPage))
	f.Add([]byte("<p>x</p>"))
	f.Add([]byte("<meta charset=utf-16><p>\xff\xfe</p>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		a, err := Read(Page{Body: in})
		if err != nil {
			return
		}
		if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) {
			t.Errorf("bad text %q", a.Text)
		}
	})
}

func ExampleRead() {
	a, err := Read(Page{Body: []byte(storyPage)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.PublishedString(), a.Source, a.Dateline)
	fmt.Println(strings.Split(a.Text, "\n\n")[1])
	// Output:
	// Ceasefire holds in northern province
	// 2021-03-04T09:07:00+01:00 Example Post ALEPPO
	// The truce, brokered by regional mediators, took effect at midnight. Residents of villages along the front line said they had heard no shelling for the first time since January.
}
