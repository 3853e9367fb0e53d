package dyad

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in an input: a file (or document id) and a line, and
// optionally a byte offset, for errors that must say where they are.
type Pos struct {
	File   string
	Line   int // 1-based; 0 when unknown
	Offset int // byte offset; -1 when unknown
}

func (p Pos) String() string {
	s := p.File
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprint(p.Line)
	}
	if s == "" {
		s = "-"
	}
	return s
}

// Error is an error at a position: a malformed dictionary line, an
// unbalanced parse, an unreadable document. Processing goes on after one.
type Error struct {
	Pos Pos
	Msg string
	Err error // underlying cause, if any
}

func (e *Error) Error() string {
	msg := e.Msg
	if e.Err != nil {
		if msg != "" {
			msg += ": "
		}
		msg += e.Err.Error()
	}
	return e.Pos.String() + ": " + msg
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects the errors of one run, in the style of go/scanner:
// each is recorded, and the work on the rest of the input continues.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Pos, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file and line.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Pos.File != l[j].Pos.File {
			return l[i].Pos.File < l[j].Pos.File
		}
		return l[i].Pos.Line < l[j].Pos.Line
	})
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
