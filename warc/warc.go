// Package warc reads web archives (WARC files, plain or gzip-compressed per
// record) with gowarc, and yields each HTML response in them as a page for
// the HTML reader. Other records (requests, metadata, images, scripts) are
// passed over. Records are read one at a time, each record's block is
// buffered by gowarc (1 MiB in memory, the rest in a temporary file) and
// each HTML payload is capped, so memory stays bounded whatever the size
// of the archive.
package warc

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http/httputil"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/nlnwa/gowarc/v3"
)

// MaxPayload is the largest HTML payload read; a larger one is an error
// for its record, and reading goes on.
const MaxPayload = 16 << 20

// Page is one HTML response of an archive.
type Page struct {
	URL         string // WARC-Target-URI
	ContentType string // the HTTP Content-Type header
	Body        []byte // the payload, decoded from its transfer and content encodings
	Offset      int64  // byte offset of the record in the archive
	RecordID    string
}

// Pages yields the HTML responses of the archive in r. name is the input's
// name for errors. A record whose payload cannot be read yields an error
// naming its offset; a broken archive (truncated, not a WARC) yields one
// error and ends the iteration, since no later record can be found.
func Pages(r io.Reader, name string) iter.Seq2[*Page, error] {
	return func(yield func(*Page, error) bool) {
		wf, err := gowarc.NewWarcFileReaderFromStream(r, 0,
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
			gowarc.WithSpecViolationPolicy(gowarc.ErrWarn), // caches each block, so that it can be read after validation
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
		if err != nil {
			yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Offset: -1}, Msg: "not a WARC archive", Err: err})
			return
		}
		defer wf.Close()
		records := 0
		for {
			rec, err := wf.Next()
			if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
				if records == 0 {
					yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Offset: -1}, Msg: "no WARC records"})
				}
				return
			}
			if err != nil || rec.WarcRecord == nil {
				if err == nil {
					err = errors.New("unreadable record")
				}
				yield(nil, &dyad.Error{Pos: dyad.Pos{File: fmt.Sprintf("%s@%d", name, rec.Offset), Offset: int(rec.Offset)}, Msg: "broken WARC record, archive not read further", Err: err})
				rec.Close()
				return
			}
			records++
			p, perr := page(rec)
			rec.Close()
			if p == nil && perr == nil {
				continue
			}
			if perr != nil {
				perr = &dyad.Error{Pos: dyad.Pos{File: fmt.Sprintf("%s@%d", name, rec.Offset), Offset: int(rec.Offset)}, Msg: "record " + p.URL, Err: perr}
				p = nil
			}
			if !yield(p, perr) {
				return
			}
		}
	}
}

// page returns the HTML page of a record, nil for a record that holds
// none, or the page's URL with an error.
func page(rec gowarc.Record) (*Page, error) {
	wr := rec.WarcRecord
	h := wr.WarcHeader()
	p := &Page{URL: h.Get(gowarc.WarcTargetURI), Offset: rec.Offset, RecordID: wr.RecordId()}
	switch wr.Type() {
	case gowarc.Response:
		hb, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return nil, nil
		}
		if c := hb.HttpStatusCode(); c < 200 || c > 299 {
			return nil, nil
		}
		hdr := hb.HttpHeader()
		if hdr == nil {
			return nil, nil
		}
		p.ContentType = hdr.Get("Content-Type")
		if !isHTML(p.ContentType) {
			return nil, nil
		}
		body, err := hb.PayloadBytes()
		if err != nil {
			return p, err
		}
		if strings.Contains(strings.ToLower(hdr.Get("Transfer-Encoding")), "chunked") {
			body = httputil.NewChunkedReader(bufio.NewReader(body))
		}
		if strings.Contains(strings.ToLower(hdr.Get("Content-Encoding")), "gzip") {
			zr, err := gzip.NewReader(body)
			if err != nil {
				return p, fmt.Errorf("gzip payload: %w", err)
			}
			body = zr
		}
		p.Body, err = readCapped(body)
		return p, err
	case gowarc.Resource:
		p.ContentType = h.Get(gowarc.ContentType)
		if !isHTML(p.ContentType) {
			return nil, nil
		}
		var body io.Reader
		var err error
		if pb, ok := wr.Block().(gowarc.PayloadBlock); ok {
			body, err = pb.PayloadBytes()
		} else {
			body, err = wr.Block().RawBytes()
		}
		if err != nil {
			return p, err
		}
		p.Body, err = readCapped(body)
		return p, err
	}
	return nil, nil
}

func readCapped(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxPayload+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxPayload {
		return nil, fmt.Errorf("payload larger than %d bytes", MaxPayload)
	}
	return b, nil
}

func isHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
