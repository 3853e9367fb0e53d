package reader

import (
	"bytes"
	"encoding/json"
	"mime"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// headSize is how much of an input Detect is given.
const headSize = 8 << 10

// Detect tells the kind of an input from its first bytes (decompressed),
// helped by its name and HTTP content type only where the bytes leave
// room for doubt.
func Detect(head []byte, name, contentType string) Kind {
	if looksBinary(head) {
		return Binary
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	lower := bytes.ToLower(h[:min(len(h), 2048)])
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return WARC
	case bytes.HasPrefix(h, []byte("{")):
		if bytes.Contains(lower, []byte("jsonfeed.org/version")) {
			return Feed
		}
		// One record a line, or one JSON value over many lines. A first
		// line longer than the head is a long record of a JSON-lines batch
		// (a value spread over lines breaks its first line early).
		first := h
		if i := bytes.IndexByte(h, '\n'); i >= 0 {
			first = h[:i]
		} else if len(head) >= headSize {
			return JSONL
		}
		if !json.Valid(bytes.TrimSpace(first)) {
			return JSON
		}
		return JSONL
	case bytes.HasPrefix(h, []byte("[")):
		return JSON
	case bytes.HasPrefix(h, []byte("<")):
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			if !bytes.Contains(lower, []byte("<html")) {
				return Feed
			}
		}
		if bytes.HasPrefix(lower, []byte("<?xml")) && !bytes.Contains(lower, []byte("<html")) {
			return Feed // an XML file that is not XHTML: a feed, or nothing readable
		}
		return HTML
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	switch {
	case strings.Contains(mt, "html"):
		return HTML
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom"):
		return Feed
	}
	n := strings.ToLower(name)
	n = strings.TrimSuffix(n, ".gz")
	switch filepath.Ext(n) {
	case ".html", ".htm", ".xhtml":
		if bytes.Contains(lower, []byte("<p")) || bytes.Contains(lower, []byte("<div")) {
			return HTML
		}
	}
	return Text
}

// looksBinary: NUL bytes, or many control characters, in the first bytes.
// Text in a legacy charset is not binary: only C0 controls count.
func looksBinary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		return false // UTF-16 with a byte-order mark
	}
	ctrl := 0
	for _, b := range head {
		if b == 0 {
			return true
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}

// decodeText returns a plain-text story as UTF-8: as it is when it is
// valid UTF-8, else read as Windows-1252, the usual charset of legacy
// news text.
func decodeText(b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	}
	return string(out)
}
