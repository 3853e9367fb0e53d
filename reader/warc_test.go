package reader

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
)

// warcRecord builds one gzip-compressed WARC response record.
func warcRecord(t *testing.T, uri, contentType, body string) []byte {
	t.Helper()
	b := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore), gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore))
	b.WriteString(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body))
	b.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:%08d-aaaa-bbbb-cccc-000000000000>", len(uri)))
	b.AddWarcHeader(gowarc.WarcDate, "2021-03-04T09:07:00Z")
	b.AddWarcHeader(gowarc.WarcTargetURI, uri)
	b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	wr, _, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, _, err := gowarc.NewMarshaler().Marshal(&buf, wr, 0); err != nil {
		t.Fatal(err)
	}
	return gz(t, buf.Bytes())
}

func TestWARC(t *testing.T) {
	var w bytes.Buffer
	w.Write(warcRecord(t, "https://post.example/a", "text/html; charset=utf-8", page))
	w.Write(warcRecord(t, "https://post.example/logo.png", "image/png", "\x89PNG\r\n"))
	w.Write(warcRecord(t, "https://post.example/empty", "text/html", "<html><body><nav><a href=/>Home</a></nav></body></html>"))
	w.Write(warcRecord(t, "https://post.example/bb", "text/html", page))
	full := w.Bytes()
	dir := t.TempDir()

	ids, errs := readAll(t, &Reader{}, write(t, dir, "crawl.warc.gz", full))
	if strings.Join(ids, ",") != "00000022-aaaa-bbbb-cccc-000000000000,00000023-aaaa-bbbb-cccc-000000000000" || len(errs) != 1 {
		t.Errorf("ids %v errors %v", ids, errs)
	}
	if len(errs) == 1 && !strings.Contains(errs[0].Error(), "post.example/empty") {
		t.Errorf("error %v does not name the record", errs[0])
	}

	ids, errs = readAll(t, &Reader{}, write(t, dir, "cut.warc.gz", full[:len(full)-200]))
	if len(ids) != 1 || len(errs) != 2 {
		t.Errorf("truncated archive: ids %v errors %v", ids, errs)
	}
}
