// Package jsonl reads batches of articles as JSON lines: one object a line,
// with the fields {"id", "date", "title", "text", "url", "source"} — and
// also those that dyad extract writes ("published", "dateline", "authors",
// "language"), so that its output can be read back. Lines are streamed one
// at a time, each no longer than a cap, so memory stays bounded whatever
// the size of the batch.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// MaxLine is the longest line read; a longer one is an error for that
// line, and reading goes on with the next.
const MaxLine = 32 << 20

// record is one line of a batch.
type record struct {
	ID        any      `json:"id"`
	Date      string   `json:"date"`
	Published string   `json:"published"`
	Title     string   `json:"title"`
	Text      *string  `json:"text"`
	URL       string   `json:"url"`
	Source    string   `json:"source"`
	Dateline  string   `json:"dateline"`
	Authors   []string `json:"authors"`
	Language  string   `json:"language"`
}

// Read yields the articles of a JSON-lines stream. name is the input's
// name for errors and for the ids of records that have none
// ("name:line"). A bad line yields a *dyad.Error with its line number,
// and reading goes on; a read error of the stream itself ends it.
func Read(r io.Reader, name string) iter.Seq2[*dyad.Article, error] {
	return func(yield func(*dyad.Article, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		line := 0
		for {
			b, tooLong, err := readLine(br)
			if len(b) > 0 || tooLong {
				line++
			} else if err == nil {
				line++
				continue
			}
			if tooLong {
				if !yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Line: line, Offset: -1}, Msg: fmt.Sprintf("line longer than %d bytes", MaxLine)}) {
					return
				}
			} else if len(bytes.TrimSpace(b)) > 0 && (err == nil || err == io.EOF) {
				// (A line cut short by a failing stream is not parsed: the
				// stream's error below says what happened.)
				a, perr := parse(b, name, line, fmt.Sprintf("%s:%d", idBase(name), line))
				if !yield(a, perr) {
					return
				}
			}
			if err != nil {
				if err != io.EOF {
					yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Line: line, Offset: -1}, Msg: "reading", Err: err})
				}
				return
			}
		}
	}
}

// readLine reads one line without its newline. A line longer than MaxLine
// is skipped to its end and reported as too long.
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > MaxLine {
			tooLong = true
			buf = nil
		} else if !tooLong {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimRight(buf, "\r\n")
		return buf, tooLong, err
	}
}

// ReadJSON yields the articles of one JSON document that holds a record
// or an array of records, for batches written as one JSON value rather
// than as lines. Errors name the record's index in the array.
func ReadJSON(b []byte, name string) iter.Seq2[*dyad.Article, error] {
	return func(yield func(*dyad.Article, error) bool) {
		b = bytes.TrimSpace(b)
		if len(b) > 0 && b[0] == '{' {
			yield(parse(b, name, 0, idBase(name)))
			return
		}
		var items []json.RawMessage
		if err := json.Unmarshal(b, &items); err != nil {
			yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Offset: -1}, Msg: "not a JSON record or array of records", Err: err})
			return
		}
		for i, it := range items {
			a, err := parse(it, fmt.Sprintf("%s[%d]", name, i), 0, fmt.Sprintf("%s[%d]", idBase(name), i))
			if !yield(a, err) {
				return
			}
		}
	}
}

// parse reads one record; defaultID names a record that has no id.
func parse(b []byte, name string, line int, defaultID string) (*dyad.Article, error) {
	pos := dyad.Pos{File: name, Line: line, Offset: -1}
	var rec record
	if err := json.Unmarshal(b, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, &dyad.Error{Pos: pos, Msg: fmt.Sprintf("not a JSON object: %v (at byte %d)", se, se.Offset)}
		}
		return nil, &dyad.Error{Pos: pos, Msg: "bad record", Err: err}
	}
	a := &dyad.Article{
		Title:    strings.TrimSpace(rec.Title),
		URL:      rec.URL,
		Source:   rec.Source,
		Dateline: rec.Dateline,
		Authors:  rec.Authors,
		Language: rec.Language,
	}
	switch id := rec.ID.(type) {
	case string:
		a.ID = id
	case float64:
		a.ID = fmt.Sprint(id)
	case nil:
	default:
		return nil, &dyad.Error{Pos: pos, Msg: "id is neither a string nor a number"}
	}
	if a.ID == "" {
		a.ID = defaultID
	}
	pos.File = name + ":" + a.ID
	if rec.Text == nil || strings.TrimSpace(*rec.Text) == "" {
		return nil, &dyad.Error{Pos: dyad.Pos{File: name, Line: line, Offset: -1}, Msg: fmt.Sprintf("record %q has no text", a.ID)}
	}
	if i := invalidUTF8(b); i >= 0 {
		// JSON is UTF-8; the decoder would quietly turn bad bytes into
		// U+FFFD, so say which record was damaged instead.
		return nil, &dyad.Error{Pos: dyad.Pos{File: name, Line: line, Offset: -1}, Msg: fmt.Sprintf("record %q is not valid UTF-8 (at byte %d of the line)", a.ID, i)}
	}
	a.Text = *rec.Text
	date := rec.Published
	if date == "" {
		date = rec.Date
	}
	if date != "" {
		t, hasTime, err := ParseTime(date)
		if err != nil {
			return nil, &dyad.Error{Pos: dyad.Pos{File: name, Line: line, Offset: -1}, Msg: fmt.Sprintf("record %q", a.ID), Err: err}
		}
		a.Published, a.TimeKnown = t, hasTime
	}
	return a, nil
}

// invalidUTF8 returns the offset of the first byte of b that is not
// UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// idBase names the records of an input that have no id of their own: the
// file name without its folder and extensions.
func idBase(name string) string {
	if name == "-" {
		return "stdin"
	}
	base := filepath.Base(name)
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

var timeLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
}

// ParseTime reads a record's date: RFC 3339 or a date and time without a
// zone (taken as UTC), or a day alone in any form dyad.ParseDate accepts
// (YYYY-MM-DD, YYYYMMDD, YYMMDD).
func ParseTime(s string) (t time.Time, hasTime bool, err error) {
	s = strings.TrimSpace(s)
	for _, l := range timeLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return t, l.hasTime, nil
		}
	}
	d, err := dyad.ParseDate(s)
	if err != nil {
		return time.Time{}, false, err
	}
	return d.Time(), false, nil
}
