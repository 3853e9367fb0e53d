// Package petrarch reads the dictionary and validation files of the
// PETRARCH and TABARI event coders — verb dictionaries in the PETRARCH-1
// (TABARI linear pattern) and PETRARCH-2 (syntactic pattern) forms, actor
// dictionaries with date-restricted codes, agents with substitution sets,
// discards, issues, PETR_config.ini files, and validation suites — into
// dyad's dictionary types.
//
// Readers never stop at a bad line: each malformed line is reported as a
// dyad.Error naming the file and line, and the rest of the file is read.
package petrarch

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// line is one line of a dictionary file with its comments removed.
type line struct {
	n     int    // 1-based line number
	text  string // comment-free text, right-trimmed
	blank bool   // the line held nothing, not even a comment
}

// lines splits a dictionary file into comment-free lines, reporting to e
// a comment left open at the end. Comments are
// "<!-- ... -->" (possibly over several lines; "<! --" is accepted too),
// '#' to the end of the line and the legacy ';' to the end of the line
// (but not inside a [code], where TABARI used "###").
// Lines that become empty are kept, so that line numbers stay right.
func lines(e *errs, data string) []line {
	var out []line
	inComment := false
	opened := 0 // line where the open comment started
	n := 0
	for len(data) > 0 {
		n++
		raw := data
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			data = ""
		}
		raw = strings.TrimSuffix(raw, "\r")
		var b strings.Builder
		for len(raw) > 0 {
			if inComment {
				i := strings.Index(raw, "-->")
				if i < 0 {
					raw = ""
					break
				}
				raw = raw[i+3:]
				inComment = false
				continue
			}
			i := strings.IndexAny(raw, "<#;[")
			if i < 0 {
				b.WriteString(raw)
				break
			}
			b.WriteString(raw[:i])
			switch raw[i] {
			case '[':
				// Codes such as [###] are not comments.
				j := strings.IndexByte(raw[i:], ']')
				if j < 0 {
					j = len(raw) - i - 1
				}
				b.WriteString(raw[i : i+j+1])
				raw = raw[i+j+1:]
			case '#', ';':
				raw = ""
			case '<':
				if strings.HasPrefix(raw[i:], "<!") {
					if rest := strings.TrimLeft(raw[i+2:], " "); strings.HasPrefix(rest, "--") {
						inComment, opened = true, n
						raw = rest[2:]
						continue
					}
				}
				b.WriteByte('<')
				raw = raw[i+1:]
			}
		}
		blank := strings.TrimSpace(raw) == "" && !inComment
		out = append(out, line{n: n, text: strings.TrimRight(b.String(), " \t\r\v\f"), blank: blank})
	}
	if inComment {
		e.add(opened, "comment \"<!--\" is never closed: the rest of the file was skipped")
	}
	return out
}

// errs collects the errors of one file.
type errs struct {
	file string
	list dyad.ErrorList
}

func (e *errs) add(n int, format string, args ...any) {
	e.list.Add(dyad.Pos{File: e.file, Line: n}, format, args...)
}

func (e *errs) pos(n int) dyad.Pos { return dyad.Pos{File: e.file, Line: n} }

// brackets returns the contents of the [...] groups in s, and s with them
// removed. An unclosed '[' is reported by ok=false.
func brackets(s string) (groups []string, rest string, ok bool) {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			b.WriteString(s[:i])
			return groups, b.String(), false
		}
		b.WriteString(s[:i])
		groups = append(groups, strings.TrimSpace(s[i+1:i+j]))
		s = s[i+j+1:]
	}
	return groups, b.String(), true
}

// braces returns the contents of the first {...} group in s, whether there
// was one, and s without it.
func braces(s string) (inner string, found bool, rest string, ok bool) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return "", false, s, true
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return "", true, s[:i], false
	}
	return s[i+1 : i+j], true, s[:i] + s[i+j+1:], true
}
