package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
)

// record builds one WARC record in memory.
func record(t testing.TB, typ gowarc.RecordType, uri, contentType, block string, compress bool) []byte {
	t.Helper()
	b := gowarc.NewRecordBuilder(typ, gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore), gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore))
	if _, err := b.WriteString(block); err != nil {
		t.Fatal(err)
	}
	b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:%08d-0000-0000-0000-000000000000>", len(block)))
	b.AddWarcHeader(gowarc.WarcDate, "2021-03-04T09:07:00Z")
	b.AddWarcHeader(gowarc.WarcTargetURI, uri)
	b.AddWarcHeader(gowarc.ContentType, contentType)
	wr, _, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, _, err := gowarc.NewMarshaler().Marshal(&buf, wr, 0); err != nil {
		t.Fatal(err)
	}
	if !compress {
		return buf.Bytes()
	}
	// A .warc.gz file is one gzip member per record.
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(buf.Bytes())
	zw.Close()
	return z.Bytes()
}

const page1 = "<html><head><title>Talks resume</title></head><body><article><p>Delegations met in Geneva on Tuesday to resume the talks.</p></article></body></html>"

func archive(t testing.TB, compress bool) []byte {
	var w bytes.Buffer
	w.Write(record(t, gowarc.Request, "https://a.example/1", "application/http;msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n", compress))
	w.Write(record(t, gowarc.Response, "https://a.example/1", "application/http;msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "+fmt.Sprint(len(page1))+"\r\n\r\n"+page1, compress))
	w.Write(record(t, gowarc.Response, "https://a.example/logo.png", "application/http;msgtype=response",
		"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", compress))
	w.Write(record(t, gowarc.Response, "https://a.example/missing", "application/http;msgtype=response",
		"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>", compress))
	w.Write(record(t, gowarc.Resource, "https://a.example/2", "text/html", "<p>Second page.</p>", compress))
	return w.Bytes()
}

func TestPages(t *testing.T) {
	for _, compress := range []bool{false, true} {
		t.Run(fmt.Sprint("gzip=", compress), func(t *testing.T) {
			var urls []string
			for p, err := range Pages(bytes.NewReader(archive(t, compress)), "a.warc") {
				if err != nil {
					t.Fatal(err)
				}
				urls = append(urls, p.URL+" "+fmt.Sprint(len(p.Body)))
			}
			want := fmt.Sprintf("https://a.example/1 %d,https://a.example/2 19", len(page1))
			if strings.Join(urls, ",") != want {
				t.Errorf("got %v, want %s", urls, want)
			}
		})
	}
}

func TestBroken(t *testing.T) {
	full := archive(t, true)
	tests := []struct {
		name string
		in   []byte
	}{
		{"truncated", full[:len(full)*2/3]},
		{"garbage", []byte("\x00\x01\x02 this is not an archive")},
		{"empty", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			errs := 0
			for _, err := range Pages(bytes.NewReader(tt.in), "a.warc") {
				if err != nil {
					errs++
				}
			}
			if errs == 0 {
				t.Error("no error for a broken archive")
			}
		})
	}
}

func FuzzPages(f *testing.F) {
	f.Add(archive(f, false))
	f.Add(archive(f, true)[:300])
	f.Fuzz(func(t *testing.T, in []byte) {
		n := 0
		for p, err := range Pages(bytes.NewReader(in), "f") {
			if (p == nil) == (err == nil) {
				t.Fatalf("page %v and error %v", p, err)
			}
			if n++; n > 10000 {
				t.Fatal("endless")
			}
		}
	})
}
