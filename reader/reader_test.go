package reader

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/fetch"
)

const story = `Talks open in Cairo
May 1, 2020 / 2:05 PM

CAIRO (Agency) - Delegations from the two governments opened talks in Cairo on Friday, officials said.

The talks are expected to last two days, a spokesman for the foreign ministry told reporters.
`

const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Talks open in Cairo | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-05-01T14:05:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks open in Cairo</h1>
<p>CAIRO (Agency) — Delegations from the two governments opened talks in Cairo on Friday, officials said, in the first such meeting for three years.</p>
<p>The talks are expected to last two days, a spokesman for the foreign ministry told reporters, adding that both sides had brought technical teams.</p>
<p>Neither side gave details of the agenda, but diplomats said border crossings and trade would be discussed.</p>
</article><footer>Copyright Example News</footer></body></html>`

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
<item><title>One</title><guid>g1</guid><description>First item text.</description></item>
<item><title>Two</title><guid>g2</guid><description>Second item text.</description></item>
</channel></rss>`

const lines = `{"id":"r1","date":"2020-05-01","text":"First record."}
{"id":"r2","date":"2020-05-02","text":"Second record."}
`

func gz(t testing.TB, b []byte) []byte {
	var w bytes.Buffer
	zw := gzip.NewWriter(&w)
	zw.Write(b)
	zw.Close()
	return w.Bytes()
}

func half(b []byte) []byte { return b[:len(b)/2] }

func manyLines(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"id":"r%d","text":"Record %d of %d, %x."}`+"\n", i, i*7919%1000, n, i*i)
	}
	return b.String()
}

func write(t *testing.T, dir, name string, b []byte) string {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readAll collects the ids of the documents of an input and its errors.
func readAll(t *testing.T, r *Reader, input string) (ids []string, errs []error) {
	for a, err := range r.Read(context.Background(), input) {
		if err != nil {
			var e *dyad.Error
			if !errors.As(err, &e) {
				t.Errorf("error %v does not say which document", err)
			}
			errs = append(errs, err)
			continue
		}
		ids = append(ids, a.ID)
	}
	return ids, errs
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head, file, contentType string
		want                          Kind
	}{
		{"story", story, "x", "", Text},
		{"html", page, "x", "", HTML},
		{"html fragment", "<p>Some text.</p>", "x", "", HTML},
		{"rss", rss, "x", "", Feed},
		{"atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, "x", "", Feed},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, "x", "", Feed},
		{"jsonl", lines, "x", "", JSONL},
		{"json array", `[{"id":"a","text":"x"}]`, "x", "", JSON},
		{"pretty json record", "{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}", "x", "", JSON},
		{"warc", "WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x", "", WARC},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00\x00", "x", "", Binary},
		{"latin-1 text", "Caf\xe9 owners protest new tax in the capital.", "x.txt", "", Text},
		{"bom and spaces", "\xef\xbb\xbf  \n<html><body><p>x</p></body></html>", "x", "", HTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.head), tt.file, tt.contentType); got != tt.want {
				t.Errorf("Detect = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		file    string
		content []byte
		ids     string
		errs    int
	}{
		{"story", "story.txt", []byte(story), "story", 0},
		{"gzip story", "story2.txt.gz", gz(t, []byte(story)), "story2", 0},
		{"page", "page.html", []byte(page), "page", 0},
		{"gzip page without extension", "page2", gz(t, []byte(page)), "page2", 0},
		{"feed", "wire.rss", []byte(rss), "g1,g2", 0},
		{"json lines", "batch.jsonl", []byte(lines), "r1,r2", 0},
		{"json lines gzip", "batch2.jsonl.gz", gz(t, []byte(lines)), "r1,r2", 0},
		{"json lines with long records", "long.jsonl", []byte(`{"id":"l1","text":"` + strings.Repeat("word ", 3000) + `"}` + "\n" + `{"id":"l2","text":"x"}` + "\n"), "l1,l2", 0},
		{"json array", "batch.json", []byte(`[{"id":"j1","text":"One."},{"text":"Two."},{"id":"j3"}]`), "j1,batch[1]", 1},
		{"binary garbage", "junk.bin", append([]byte("\x00\x01\x02\x03"), bytes.Repeat([]byte{0xff, 0x00}, 500)...), "", 1},
		{"truncated gzip", "cut.txt.gz", half(gz(t, []byte(story))), "", 1},
		{"truncated gzip json lines", "cut.jsonl.gz", half(gz(t, []byte(manyLines(200)))), "", 1},
		{"empty", "empty.txt", nil, "", 1},
	}
	r := &Reader{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.file, tt.content)
			ids, errs := readAll(t, r, p)
			if strings.Join(ids, ",") != tt.ids && !(tt.errs > 0 && len(ids) > 0 && strings.HasPrefix(tt.name, "truncated")) {
				t.Errorf("ids %v, want %s", ids, tt.ids)
			}
			if len(errs) != tt.errs {
				t.Errorf("errors %v, want %d", errs, tt.errs)
			}
		})
	}
}

// TestTooLarge reads a 50 MB page: an error for it, read no further than
// the cap.
func TestTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := append([]byte("<html><body><p>"), bytes.Repeat([]byte("word "), 10<<20)...)
	p := write(t, dir, "big.html", big)
	_, errs := readAll(t, &Reader{}, p)
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "cap") {
		t.Errorf("errors %v", errs)
	}
}

// TestWrongCharset reads a Latin-1 page that declares UTF-8, and a UTF-8
// page that declares Latin-1: both come out right.
func TestWrongCharset(t *testing.T) {
	text := "Le ministre a déclaré que les négociations reprendraient à Genève la semaine prochaine, selon des diplomates présents."
	latin1 := []byte(strings.NewReplacer("é", "\xe9", "à", "\xe0", "è", "\xe8").Replace(text))
	pages := map[string][]byte{
		"latin1-declared-utf8.html": append(append([]byte(`<html><head><meta charset="utf-8"></head><body><article><p>`), latin1...), []byte("</p></article></body></html>")...),
		"utf8-declared-latin1.html": []byte(`<html><head><meta charset="iso-8859-1"></head><body><article><p>` + text + `</p></article></body></html>`),
		"unknown-charset.html":      []byte(`<html><head><meta charset="x-no-such"></head><body><article><p>` + text + `</p></article></body></html>`),
	}
	dir := t.TempDir()
	for name, b := range pages {
		t.Run(name, func(t *testing.T) {
			p := write(t, dir, name, b)
			for a, err := range (&Reader{}).Read(context.Background(), p) {
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(a.Text, "négociations reprendraient à Genève") {
					t.Errorf("text %q", a.Text)
				}
			}
		})
	}
}

func TestDirectoryAndBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte(story))
	write(t, dir, "b.bin", []byte("\x00\x00\x00\x00binary"))
	write(t, dir, "c.html", []byte(page))
	ids, errs := readAll(t, &Reader{}, dir)
	if strings.Join(ids, ",") != "a,c" || len(errs) != 1 {
		t.Errorf("ids %v errors %v", ids, errs)
	}
}

func TestStdin(t *testing.T) {
	ids, errs := readAll(t, &Reader{Stdin: strings.NewReader(story)}, "-")
	if strings.Join(ids, ",") != "stdin" || len(errs) != 0 {
		t.Errorf("ids %v errors %v", ids, errs)
	}
}

func TestURL(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/news/talks-open.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rss))
	})
	s := httptest.NewServer(mux)
	defer s.Close()
	allowed := &Reader{Fetch: &fetch.Client{AllowPrivate: true}}
	tests := []struct {
		name string
		r    *Reader
		url  string
		ids  string
		errs int
	}{
		{"page", allowed, s.URL + "/news/talks-open.html", "talks-open", 0},
		{"feed", allowed, s.URL + "/feed", "g1,g2", 0},
		{"private refused", &Reader{}, s.URL + "/feed", "", 1},
		{"unreachable", allowed, "http://127.0.0.1:1/x", "", 1},
		{"not found", allowed, s.URL + "/nothing", "", 1},
		{"file URL", allowed, "file:///etc/passwd", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids, errs := readAll(t, tt.r, tt.url)
			if strings.Join(ids, ",") != tt.ids || len(errs) != tt.errs {
				t.Errorf("ids %v errors %v", ids, errs)
			}
		})
	}
}

func TestFollowLinks(t *testing.T) {
	mux := http.NewServeMux()
	s := httptest.NewServer(mux)
	defer s.Close()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>
<item><title>Talks</title><guid>t1</guid><link>` + s.URL + `/story</link><description>Talks opened.</description></item>
<item><title>Gone</title><guid>t2</guid><link>` + s.URL + `/gone</link><description>Summary kept.</description></item>
</channel></rss>`))
	})
	r := &Reader{Fetch: &fetch.Client{AllowPrivate: true}, FollowLinks: true}
	var texts []string
	for a, err := range r.Read(context.Background(), s.URL+"/feed") {
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, a.ID+": "+strings.SplitN(a.Text, "\n", 2)[0])
	}
	want := []string{"t1: Delegations from the two governments opened talks in Cairo on Friday, officials said, in the first such meeting for three years.", "t2: Summary kept."}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", texts)
	}
}

func TestFileID(t *testing.T) {
	for in, want := range map[string]string{"seed/000_8e.txt": "000_8e", "x/page.html.gz": "page", ".hidden": ".hidden", "plain": "plain"} {
		if got := fileID(in); got != want {
			t.Errorf("fileID(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, s := range []string{story, page, rss, lines, "WARC/1.1\r\n"} {
		f.Add([]byte(s))
	}
	f.Add(gz(f, []byte(page)))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := &Reader{Stdin: bytes.NewReader(in), MaxDocument: 1 << 20}
		n := 0
		for a, err := range r.Read(context.Background(), "-") {
			if (a == nil) == (err == nil) {
				t.Fatalf("article %v and error %v", a, err)
			}
			if n++; n > 100000 {
				t.Fatal("endless")
			}
		}
	})
}
