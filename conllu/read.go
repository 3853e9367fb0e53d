package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// maxLine bounds the length of one input line; longer lines are an error.
const maxLine = 1 << 20

// Reader reads sentences from CoNLL-U input. A malformed sentence yields a
// positioned *dyad.Error and reading goes on with the next sentence.
type Reader struct {
	sc   *bufio.Scanner
	name string
	line int
	done bool
}

// NewReader returns a reader of r; name is the file name used in errors.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	return &Reader{sc: sc, name: name}
}

// Read returns the next sentence, or io.EOF after the last one. A sentence
// with a malformed line is skipped whole and reported as a *dyad.Error with
// the line number; the next call reads on after it.
func (r *Reader) Read() (*Sentence, error) {
	if r.done {
		return nil, io.EOF
	}
	var (
		s   *Sentence
		bad *dyad.Error
	)
	for r.sc.Scan() {
		r.line++
		text := strings.TrimSuffix(r.sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			if s == nil && bad == nil {
				continue // extra blank lines between sentences
			}
			if bad != nil {
				return nil, bad
			}
			if err := r.check(s); err != nil {
				return nil, err
			}
			return s, nil
		}
		if s == nil {
			s = &Sentence{Line: r.line}
		}
		if bad != nil {
			continue // skip the rest of a bad sentence
		}
		if strings.HasPrefix(text, "#") {
			if len(s.Rows) > 0 {
				bad = r.errorf(r.line, "comment line after the first word line")
				continue
			}
			s.Comments = append(s.Comments, text)
			continue
		}
		row, err := parseRow(text)
		if err != nil {
			bad = r.errorf(r.line, "%v", err)
			continue
		}
		row.Line = r.line
		s.Rows = append(s.Rows, row)
	}
	r.done = true
	if err := r.sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, r.errorf(r.line+1, "line longer than %d bytes", maxLine)
		}
		return nil, &dyad.Error{Pos: dyad.Pos{File: r.name, Line: r.line, Offset: -1}, Msg: "read", Err: err}
	}
	switch {
	case bad != nil:
		return nil, bad
	case s != nil:
		// A file may lack the blank line after its last sentence.
		if err := r.check(s); err != nil {
			return nil, err
		}
		return s, nil
	}
	return nil, io.EOF
}

func (r *Reader) errorf(line int, format string, args ...any) *dyad.Error {
	return &dyad.Error{Pos: dyad.Pos{File: r.name, Line: line, Offset: -1}, Msg: fmt.Sprintf(format, args...)}
}

// parseRow splits a word line into its ten columns and checks the ID.
func parseRow(text string) (Row, error) {
	f := strings.Split(text, "\t")
	if len(f) != 10 {
		return Row{}, fmt.Errorf("%d tab-separated columns, want 10", len(f))
	}
	for i, v := range f {
		if v == "" {
			return Row{}, fmt.Errorf("column %d is empty (use _)", i+1)
		}
	}
	r := Row{ID: f[0], Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Head: f[6], Deprel: f[7], Deps: f[8], Misc: f[9]}
	switch {
	case strings.Contains(r.ID, "-"):
		a, b, _ := strings.Cut(r.ID, "-")
		i, err1 := positive(a)
		j, err2 := positive(b)
		if err1 != nil || err2 != nil || j < i {
			return Row{}, fmt.Errorf("bad multiword token range %q", r.ID)
		}
		r.Kind = MultiWord
	case strings.Contains(r.ID, "."):
		a, b, _ := strings.Cut(r.ID, ".")
		_, err1 := strconv.Atoi(a)
		_, err2 := positive(b)
		if err1 != nil || err2 != nil || strings.HasPrefix(a, "-") || strings.HasPrefix(a, "+") {
			return Row{}, fmt.Errorf("bad empty node id %q", r.ID)
		}
		r.Kind = Empty
	default:
		if _, err := positive(r.ID); err != nil {
			return Row{}, fmt.Errorf("bad word id %q", r.ID)
		}
		r.Kind = Word
		if r.Head != "_" {
			if h, err := strconv.Atoi(r.Head); err != nil || h < 0 || strings.HasPrefix(r.Head, "+") {
				return Row{}, fmt.Errorf("bad head %q", r.Head)
			}
		}
	}
	return r, nil
}

// positive parses a decimal integer ≥ 1 written without sign.
func positive(s string) (int, error) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, fmt.Errorf("not a number: %q", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("not a positive number: %q", s)
	}
	return n, nil
}

// check validates the sentence as a whole: words numbered 1..n in order,
// heads inside the sentence, multiword ranges over existing words.
func (r *Reader) check(s *Sentence) error {
	if len(s.Rows) == 0 {
		return r.errorf(s.Line, "sentence has comments but no word lines")
	}
	n := 0
	for _, row := range s.Rows {
		if row.Kind != Word {
			continue
		}
		n++
		if id, _ := strconv.Atoi(row.ID); id != n {
			return r.errorf(row.Line, "word id %s out of order, want %d", row.ID, n)
		}
	}
	if n == 0 {
		return r.errorf(s.Line, "sentence has no syntactic words")
	}
	for _, row := range s.Rows {
		switch row.Kind {
		case Word:
			if h, err := strconv.Atoi(row.Head); err == nil && h > n {
				return r.errorf(row.Line, "head %d outside the sentence of %d words", h, n)
			}
		case MultiWord:
			_, b, _ := strings.Cut(row.ID, "-")
			if j, _ := strconv.Atoi(b); j > n {
				return r.errorf(row.Line, "multiword token %s reaches past the last word %d", row.ID, n)
			}
		}
	}
	return nil
}

// ReadAll reads every sentence of r. Bad sentences are skipped and their
// errors returned together as a dyad.ErrorList next to the good sentences.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var (
		out  []*Sentence
		errs dyad.ErrorList
	)
	for {
		s, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var e *dyad.Error
			if !errors.As(err, &e) {
				return out, err
			}
			errs = append(errs, e)
			if rd.done {
				break
			}
			continue
		}
		out = append(out, s)
	}
	return out, errs.Err()
}
