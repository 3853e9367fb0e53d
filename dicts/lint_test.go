package dicts

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// This file checks the syntax and the consistency of every embedded
// dictionary. It is a lint, not the reader dyad codes with: it is strict
// where the reader may be lenient (TAB before code lines, phrases joined
// with "_", dates that exist, roles from the documented list).

// roles are the role segments docs/dictionaries.md documents.
var roles = setOf(
	"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "UAF",
	"OPP", "PTY", "ELI", "MED", "EDU", "BUS", "CRM", "CVL", "REF", "HLH",
	"HRI", "LAB", "AGR", "ENV", "REL", "CHR", "MOS", "SHI", "SUN", "JEW",
	"BUD", "HIN", "MOD", "RAD",
)

// international are the first segments of actors that are not states.
var international = setOf("IGO", "NGO", "IMG")

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// codeLine is one "[CODE dates]" of an entry.
type codeLine struct {
	code     string
	from, to string // YYYYMMDD, "" when open
	line     int
}

// entry is one actor: its phrases and codes.
type entry struct {
	file    string
	line    int
	phrases []string
	codes   []codeLine
}

// phraseRE is a phrase: words joined by "_", no blanks, no brackets.
var phraseRE = regexp.MustCompile(`^[^\s\[\]{}#_+~][^\s\[\]{}#]*$`)

var (
	codeRE  = regexp.MustCompile(`^\[([A-Z]+)(?: (?:(\d{8})-(\d{8})|<(\d{8})|>(\d{8})))?\]$`)
	agentRE = regexp.MustCompile(`^(\S+)(?: \{([^{}]*)\})? \[~([A-Z]{3})\]$`)
)

// stripComment removes a "#" comment and trailing blanks.
func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, " \t\r")
}

// readLines returns the lines of a file, 1-based, comments stripped.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := FS().Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, stripComment(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// validDate reports whether s is a real calendar day YYYYMMDD.
func validDate(s string) bool {
	d, err := time.Parse("20060102", s)
	return err == nil && d.Format("20060102") == s
}

// checkCode returns what is wrong with a code, or "".
func checkCode(code string, countries map[string]bool) string {
	if len(code) == 0 || len(code)%3 != 0 {
		return "not whole three-letter segments"
	}
	segs := make([]string, 0, len(code)/3)
	for i := 0; i < len(code); i += 3 {
		segs = append(segs, code[i:i+3])
	}
	first := segs[0]
	rest := segs[1:]
	if international[first] {
		// IGO/NGO/IMG, the organisation's own code, then sub-bodies or
		// roles: any three capitals, so only the first is checked.
		if len(segs) < 2 {
			return "international code without an organisation segment"
		}
		return ""
	}
	if countries != nil && !countries[first] {
		return fmt.Sprintf("unknown country segment %s", first)
	}
	for _, r := range rest {
		if !roles[r] {
			return fmt.Sprintf("unknown role segment %s", r)
		}
	}
	return ""
}

// parseActors parses one actor file, reporting syntax errors.
func parseActors(t *testing.T, name string) []*entry {
	t.Helper()
	var entries []*entry
	var cur *entry
	for i, raw := range readLines(t, name) {
		n := i + 1
		pos := fmt.Sprintf("%s:%d", name, n)
		if strings.TrimSpace(raw) == "" {
			continue
		}
		switch {
		case raw[0] == '\t':
			m := codeRE.FindStringSubmatch(raw[1:])
			if m == nil {
				t.Errorf("%s: bad code line %q", pos, raw)
				continue
			}
			if cur == nil {
				t.Errorf("%s: code line before any entry", pos)
				continue
			}
			c := codeLine{code: m[1], line: n}
			switch {
			case m[2] != "":
				c.from, c.to = m[2], m[3]
			case m[4] != "":
				c.to = m[4]
			case m[5] != "":
				c.from = m[5]
			}
			for _, d := range []string{c.from, c.to} {
				if d != "" && !validDate(d) {
					t.Errorf("%s: no such date %s", pos, d)
				}
			}
			if c.from != "" && c.to != "" && c.from > c.to {
				t.Errorf("%s: range ends before it starts", pos)
			}
			cur.codes = append(cur.codes, c)
		case raw[0] == ' ':
			t.Errorf("%s: indent with a TAB, not blanks: %q", pos, raw)
		case raw[0] == '+':
			if cur == nil {
				t.Errorf("%s: synonym before any entry", pos)
				continue
			}
			if len(cur.codes) > len(codesOnEntryLine(cur)) {
				t.Errorf("%s: synonym after the entry's dated codes", pos)
			}
			p := raw[1:]
			if !phraseRE.MatchString(p) {
				t.Errorf("%s: bad phrase %q", pos, p)
			}
			cur.phrases = append(cur.phrases, p)
		default:
			p, code, ok := strings.Cut(raw, " ")
			if !phraseRE.MatchString(p) {
				t.Errorf("%s: bad phrase %q", pos, p)
			}
			cur = &entry{file: name, line: n, phrases: []string{p}}
			entries = append(entries, cur)
			if ok {
				m := codeRE.FindStringSubmatch(code)
				if m == nil || m[2]+m[4]+m[5] != "" {
					t.Errorf("%s: bad code %q after primary phrase", pos, code)
					continue
				}
				cur.codes = append(cur.codes, codeLine{code: m[1], line: n})
			}
		}
	}
	for _, e := range entries {
		if len(e.codes) == 0 {
			t.Errorf("%s:%d: entry %s has no code", e.file, e.line, e.phrases[0])
		}
		checkDates(t, e)
	}
	return entries
}

// codesOnEntryLine returns the codes given on the primary line itself.
func codesOnEntryLine(e *entry) []codeLine {
	var out []codeLine
	for _, c := range e.codes {
		if c.line == e.line {
			out = append(out, c)
		}
	}
	return out
}

// checkDates reports dated codes that disagree on a day and more than
// one undated default.
func checkDates(t *testing.T, e *entry) {
	t.Helper()
	defaults := 0
	type span struct{ from, to, code string }
	var spans []span
	for _, c := range e.codes {
		if c.from == "" && c.to == "" {
			defaults++
			continue
		}
		s := span{c.from, c.to, c.code}
		if s.from == "" {
			s.from = "00000000"
		}
		if s.to == "" {
			s.to = "99999999"
		}
		for _, o := range spans {
			// Terms that share a handover day under the same code are
			// harmless; different codes on one day are not.
			if s.from <= o.to && o.from <= s.to && s.code != o.code {
				t.Errorf("%s:%d: %s: dated codes overlap", e.file, c.line, e.phrases[0])
			}
		}
		spans = append(spans, s)
	}
	if defaults > 1 {
		t.Errorf("%s:%d: %s: more than one undated code", e.file, e.line, e.phrases[0])
	}
}

// actorFiles lists every embedded actor dictionary.
func actorFiles(t *testing.T) []string {
	t.Helper()
	var names []string
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".actors.txt") {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return names
}

// countryCodes returns the country segments the countries file defines,
// plus the historical and de facto codes it uses.
func countryCodes(t *testing.T) map[string]bool {
	t.Helper()
	m := map[string]bool{}
	for _, e := range parseActors(t, "countries.actors.txt") {
		for _, c := range e.codes {
			if len(c.code) >= 3 {
				m[c.code[:3]] = true
			}
		}
	}
	return m
}

func TestActorFiles(t *testing.T) {
	countries := countryCodes(t)
	owner := map[string]string{} // folded phrase -> where first seen
	for _, name := range actorFiles(t) {
		for _, e := range parseActors(t, name) {
			for _, c := range e.codes {
				if msg := checkCode(c.code, countries); msg != "" {
					t.Errorf("%s:%d: code %s: %s", name, c.line, c.code, msg)
				}
			}
			for _, p := range e.phrases {
				k := strings.ToLower(p)
				where := fmt.Sprintf("%s:%d (%s)", name, e.line, e.phrases[0])
				if prev, ok := owner[k]; ok {
					t.Errorf("phrase %q in %s and in %s", p, prev, where)
					continue
				}
				owner[k] = where
			}
		}
	}
}

// TestCounts checks the coverage the project promises.
func TestCounts(t *testing.T) {
	count := func(name string, pred func(*entry) bool) int {
		n := 0
		for _, e := range parseActors(t, name) {
			if pred(e) {
				n++
			}
		}
		return n
	}
	any := func(*entry) bool { return true }
	intl := func(e *entry) bool {
		for _, c := range e.codes {
			if !international[c.code[:3]] {
				return false
			}
		}
		return true
	}
	agents := len(parseAgents(t))
	tests := []struct {
		name string
		got  int
		min  int
	}{
		{"countries and territories", len(countryAndTerritoryCodes(t)), 240},
		{"international organisations", count("international.actors.txt", intl), 300},
		{"armed groups, militias and parties", count("groups.actors.txt", any), 300},
		{"agent phrases", agents, 500},
		{"discard phrases", len(parseDiscards(t)), 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Logf("%d entries", tt.got)
			if tt.got < tt.min {
				t.Errorf("%d entries, want at least %d", tt.got, tt.min)
			}
		})
	}
}

// regionCodes are the non-country codes countries.actors.txt documents for
// regions ("Latin America" LAM), which are not counted as countries.
var regionCodes = setOf(
	"LAM", "SAM", "NMR", "CAM", "CRB", "EUR", "WEU", "EEU", "BLK", "SCN",
	"CAU", "CAS", "MEA", "PGS", "NAF", "WAF", "EAF", "CFR", "SAF", "AFR",
	"ASA", "SAS", "SEA", "EAS", "OCN", "WST",
)

// countryAndTerritoryCodes returns the distinct states and territories the
// countries file codes (ISO 3166-1 plus Kosovo and the historical states);
// de facto states share their parent's code with SEP and are not counted
// again.
func countryAndTerritoryCodes(t *testing.T) map[string]bool {
	t.Helper()
	m := map[string]bool{}
	for _, e := range parseActors(t, "countries.actors.txt") {
		for _, c := range e.codes {
			if len(c.code) == 3 && !regionCodes[c.code] {
				m[c.code] = true
			}
		}
	}
	return m
}

// agent is one line of agents.txt.
type agent struct {
	phrase  string
	plurals []string
	role    string
	line    int
	// hasPlural is true when the line gives {} forms, even empty ones.
	hasPlural bool
}

func parseAgents(t *testing.T) []agent {
	t.Helper()
	var out []agent
	for i, raw := range readLines(t, "agents.txt") {
		if strings.TrimSpace(raw) == "" {
			continue
		}
		pos := fmt.Sprintf("agents.txt:%d", i+1)
		m := agentRE.FindStringSubmatch(raw)
		if m == nil {
			t.Errorf("%s: bad agent line %q", pos, raw)
			continue
		}
		a := agent{phrase: m[1], plurals: strings.Fields(m[2]), role: m[3], line: i + 1,
			hasPlural: strings.Contains(raw, "{")}
		if !phraseRE.MatchString(a.phrase) {
			t.Errorf("%s: bad phrase %q", pos, a.phrase)
		}
		for _, p := range a.plurals {
			if !phraseRE.MatchString(p) {
				t.Errorf("%s: bad plural %q", pos, p)
			}
		}
		if !roles[a.role] {
			t.Errorf("%s: unknown role %s", pos, a.role)
		}
		out = append(out, a)
	}
	return out
}

// regularPlurals mirrors the plural rule of the format: +S, Y→IES, S→SES.
func regularPlurals(p string) []string {
	l := strings.ToLower(p)
	switch {
	case strings.HasSuffix(l, "s"):
		return []string{p + "es"}
	case strings.HasSuffix(l, "y") && len(l) > 1 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		return []string{p[:len(p)-1] + "ies"}
	}
	return []string{p + "s"}
}

func TestAgents(t *testing.T) {
	owner := map[string]int{}
	claim := func(form string, a agent) {
		k := strings.ToLower(form)
		if prev, ok := owner[k]; ok && prev != a.line {
			t.Errorf("agents.txt:%d: %q also comes from line %d", a.line, form, prev)
			return
		}
		owner[k] = a.line
	}
	for _, a := range parseAgents(t) {
		claim(a.phrase, a)
		for _, p := range a.plurals {
			claim(p, a)
		}
	}
	// Endings the regular rule gets wrong must have their {} forms.
	irregular := regexp.MustCompile(`(?i)(man|ch|sh|x|z|[aeiou]y|fe|child|person|people|staff|police|_of_\w+|-in-chief|-general)$`)
	for _, a := range parseAgents(t) {
		if a.hasPlural {
			continue
		}
		if irregular.MatchString(a.phrase) {
			t.Errorf("agents.txt:%d: %q needs explicit {} plural forms", a.line, a.phrase)
		}
	}
	// Generated plurals must not land on another entry's phrase either:
	// "police" would otherwise make "polices".
	for _, a := range parseAgents(t) {
		if a.hasPlural {
			continue
		}
		for _, p := range regularPlurals(a.phrase) {
			if prev, ok := owner[strings.ToLower(p)]; ok && prev != a.line {
				t.Errorf("agents.txt:%d: generated plural %q is line %d's phrase; give {} forms", a.line, p, prev)
			}
		}
	}
}

// parseDiscards returns the discard phrases with their markers.
func parseDiscards(t *testing.T) []string {
	t.Helper()
	var out []string
	seen := map[string]int{}
	for i, raw := range readLines(t, "discards.txt") {
		s := strings.TrimSpace(raw)
		if s == "" {
			continue
		}
		pos := fmt.Sprintf("discards.txt:%d", i+1)
		p := strings.TrimSuffix(strings.TrimPrefix(s, "+"), "_")
		if !phraseRE.MatchString(p) {
			t.Errorf("%s: bad discard phrase %q", pos, s)
		}
		k := strings.ToLower(p)
		if prev, ok := seen[k]; ok {
			t.Errorf("%s: %q repeats line %d", pos, p, prev)
		}
		seen[k] = i + 1
		out = append(out, s)
	}
	return out
}

func TestDiscards(t *testing.T) {
	if len(parseDiscards(t)) == 0 {
		t.Fatal("no discard phrases")
	}
}

// TestNoStrayFiles makes sure every embedded file is one a reader knows:
// actors, agents, discards, the verb files (verbs*.txt, checked in
// verbs_test.go) and documentation.
func TestNoStrayFiles(t *testing.T) {
	known := []string{"agents.txt", "discards.txt", "README.txt"}
	err := fs.WalkDir(FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		base := path.Base(p)
		isVerbs := strings.HasPrefix(base, "verbs") && strings.HasSuffix(base, ".txt")
		if strings.HasSuffix(p, ".actors.txt") || slices.Contains(known, base) || isVerbs {
			return nil
		}
		t.Errorf("%s: not an actor, agent or discard file", p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
