package wire

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// ErrNoBody is returned for a text in which no story paragraph is found.
var ErrNoBody = errors.New("no story text found")

// unit is one paragraph or one furniture line of the input.
type unit struct {
	text string
	line int // 1-based line where it starts
}

// Parse reads one plain-text story. The article's ID is left for the
// caller to set.
func Parse(text string) (*dyad.Article, error) {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	units := split(text)
	a := &dyad.Article{}
	fields := map[string]string{}

	// The story starts at its dateline, or else at its first paragraph of
	// running text; what comes before is the header.
	start := -1
	for i, u := range units {
		if _, _, _, ok := Dateline(u.text); ok && isProse(u.text) {
			start = i
			break
		}
	}
	if start < 0 {
		for i, u := range units {
			if isProse(u.text) && !isFieldLine(u.text) {
				start = i
				break
			}
		}
	}
	if start < 0 {
		// A very short story: its first sentence, whatever its length.
		for i, u := range units {
			if endsSentence(u.text) && wordCount(u.text) >= 3 && !isFieldLine(u.text) && !isFurniture(u.text) {
				start = i
				break
			}
		}
	}
	if start < 0 {
		return nil, ErrNoBody
	}

	// Header: fields, date lines, the headline (which scraped pages often
	// print twice), bylines; the rest is furniture.
	var candidates []string
	for _, u := range units[:start] {
		t := u.text
		if k, v, ok := field(t); ok {
			if _, seen := fields[k]; !seen {
				fields[k] = v
			}
			continue
		}
		if s, ok := findStamp(t); ok && s.wordsOut <= 2 {
			setDate(a, s)
			continue
		}
		if names := byline(t); names != nil {
			a.Authors = append(a.Authors, names...)
			continue
		}
		if isFurniture(t) {
			continue
		}
		candidates = append(candidates, t)
	}
	a.Title = fields["title"]
	if a.Title == "" {
		a.Title = headline(candidates)
	}

	// Body: paragraphs up to the credits; furniture lines inside it are
	// dropped, and so is everything after the credits (site footers).
	var paras []string
	for _, u := range units[start:] {
		t := u.text
		if isCredit(t) {
			a.Authors = append(a.Authors, creditedReporters(t)...)
			if len(paras) > 0 {
				break
			}
			continue
		}
		if a.Title != "" && (t == a.Title || startsWithTitleAndDate(t, a.Title)) {
			continue
		}
		if isFurniture(t) || isShortNonSentence(t) || isDatabaseField(t) {
			continue
		}
		paras = append(paras, t)
	}
	// Trailing lines that are not sentences are the page's, not the story's.
	for len(paras) > 0 && !endsSentence(paras[len(paras)-1]) && wordCount(paras[len(paras)-1]) < 8 {
		paras = paras[:len(paras)-1]
	}
	if len(paras) == 0 {
		return nil, ErrNoBody
	}
	// A date printed before the first paragraph ("Monday, March 5, 2007
	// The festival ...") is the header's, not the story's.
	if s, ok := findStamp(paras[0]); ok && s.start <= 12 && leadingDate(paras[0][:s.end]) {
		setDate(a, s)
		paras[0] = strings.TrimLeft(paras[0][s.end:], " ,.-–—:")
	}
	if place, agency, n, ok := Dateline(paras[0]); ok {
		a.Dateline = place
		a.Source = agency
		// A dateline may carry the date the header lacks
		// ("DAMASCUS, 12 March 2017 (SANA) -").
		if s, ok := findStamp(paras[0][:n]); ok && a.Published.IsZero() {
			setDate(a, s)
		}
		paras[0] = strings.TrimSpace(paras[0][n:])
		if s := []rune(paras[0]); len(s) > 0 && unicode.IsLower(s[0]) {
			paras[0] = string(unicode.ToUpper(s[0])) + string(s[1:])
		}
	}
	if a.Title == "" {
		// Headers with only a date and a dateline: the story has no title.
		a.Title = ""
	}
	applyFields(a, fields)
	a.Text = strings.Join(paras, "\n\n")
	return a, nil
}

func setDate(a *dyad.Article, s stamp) {
	if a.Published.IsZero() || (!a.TimeKnown && s.hasTime && dyad.DateOf(s.t) == a.Date()) {
		a.Published, a.TimeKnown = s.t, s.hasTime
	}
}

// leadingDate reports whether prefix is nothing but a date, a weekday
// and a time.
func leadingDate(prefix string) bool {
	s, ok := findStamp(prefix)
	return ok && s.wordsOut == 0
}

// applyFields fills what the header's "Key: value" lines say.
func applyFields(a *dyad.Article, fields map[string]string) {
	if v := fields["date"]; v != "" && a.Published.IsZero() {
		if s, ok := findStamp(v); ok {
			setDate(a, s)
		}
	}
	if v := fields["source"]; v != "" {
		// "https://example.org/story (Publisher, licence)" or a name.
		for _, f := range strings.Fields(v) {
			if strings.HasPrefix(f, "http://") || strings.HasPrefix(f, "https://") {
				if a.URL == "" {
					a.URL = f
				}
			}
		}
		if i := strings.Index(v, "("); i >= 0 {
			inner := strings.TrimSuffix(v[i+1:], ")")
			if j := strings.IndexAny(inner, ",;"); j >= 0 {
				inner = inner[:j]
			}
			if a.Source == "" {
				a.Source = strings.TrimSpace(inner)
			}
		} else if !strings.Contains(v, "://") && a.Source == "" {
			a.Source = v
		}
	}
	if v := fields["url"]; v != "" && a.URL == "" {
		a.URL = v
	}
	if v := fields["author"]; v != "" && len(a.Authors) == 0 {
		a.Authors = splitNames(v)
	}
	if v := fields["dateline"]; v != "" && a.Dateline == "" {
		a.Dateline = v
	}
}

var fieldRE = regexp.MustCompile(`^(?i)(title|headline|date|published|dateline|source|url|link|author|authors|byline)\s*:\s*(\S.*)$`)

// databaseFieldRE matches the field lines of news-database exports, keys
// in capitals: "LENGTH: 96 words", "LOAD-DATE: March 15, 2009", "BODY:".
var databaseFieldRE = regexp.MustCompile(`^([A-Z][A-Z-]{2,30}):[ \t]*(.*)$`)

var databaseKeys = map[string]bool{
	"BYLINE": true, "DATELINE": true, "SECTION": true, "LENGTH": true, "BODY": true,
	"LOAD-DATE": true, "LANGUAGE": true, "PUBLICATION-TYPE": true, "DOCUMENT-TYPE": true,
	"GRAPHIC": true, "HIGHLIGHT": true, "CORRECTION-DATE": true, "JOURNAL-CODE": true,
	"SUBJECT": true, "ORGANIZATION": true, "PERSON": true, "GEOGRAPHIC": true, "COUNTRY": true,
	"CITY": true, "STATE": true, "INDUSTRY": true, "TICKER": true, "TYPE": true, "NOTES": true,
	"URL": true, "SOURCE": true, "TITLE": true, "HEADLINE": true, "DATE": true,
}

func field(t string) (key, value string, ok bool) {
	g := fieldRE.FindStringSubmatch(t)
	if g == nil {
		if d := databaseFieldRE.FindStringSubmatch(t); d != nil && databaseKeys[d[1]] {
			g = d
		} else {
			return "", "", false
		}
	}
	key = strings.ToLower(g[1])
	switch key {
	case "headline":
		key = "title"
	case "published":
		key = "date"
	case "link":
		key = "url"
	case "authors", "byline":
		key = "author"
	case "language":
		key = "lang"
	}
	return key, strings.TrimSpace(g[2]), true
}

// isDatabaseField recognises an export's field line inside or after the
// body ("LOAD-DATE: ...").
func isDatabaseField(t string) bool {
	d := databaseFieldRE.FindStringSubmatch(t)
	return d != nil && databaseKeys[d[1]] && wordCount(t) <= 12
}

func isFieldLine(t string) bool {
	_, _, ok := field(t)
	return ok
}

// headline picks the headline among the header's lines: the line printed
// twice if there is one, else the first of three words or more.
func headline(candidates []string) string {
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			return c
		}
		seen[c] = true
	}
	for _, c := range candidates {
		if wordCount(c) >= 3 {
			return c
		}
	}
	if len(candidates) > 0 {
		return candidates[0]
	}
	return ""
}

// startsWithTitleAndDate recognises the headline printed again with the
// date after it.
func startsWithTitleAndDate(t, title string) bool {
	if !strings.HasPrefix(t, title) {
		return false
	}
	s, ok := findStamp(t[len(title):])
	return ok && s.wordsOut == 0
}

var bylineRE = regexp.MustCompile(`^(?:By|BY)\s+(\p{Lu}.{1,80})$`)

// byline returns the names of a "By Jane Doe and John Roe" line.
func byline(t string) []string {
	g := bylineRE.FindStringSubmatch(t)
	if g == nil || endsSentence(t) || wordCount(t) > 12 {
		return nil
	}
	return splitNames(g[1])
}

var creditRE = regexp.MustCompile(`(?i)^[(\[]?\s*((additional|further) )?(reporting|writing|editing|compiled|translated) by\b`)

// isCredit recognises the credit line that closes a wire story.
func isCredit(t string) bool {
	return (creditRE.MatchString(t) || contributedRE.MatchString(t)) && wordCount(t) <= 40
}

var contributedRE = regexp.MustCompile(`(?i)\bcontributed (to this report|reporting)\.?[)\]]?$`)

var reporterRE = regexp.MustCompile(`(?i)(?:reporting|writing)\s+by\s+([^;()\[\]]+)`)

// creditedReporters returns the reporters and writers of a credit line;
// editors are not authors.
func creditedReporters(t string) []string {
	var out []string
	for _, g := range reporterRE.FindAllStringSubmatch(t, -1) {
		names := g[1]
		// "X in Baghdad" names a place after the reporter.
		out = append(out, splitNames(names)...)
	}
	return out
}

var nameSplitRE = regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`)

func splitNames(s string) []string {
	var out []string
	s = strings.TrimSpace(s)
	for _, p := range []string{"By ", "BY ", "by "} {
		s = strings.TrimPrefix(s, p)
	}
	for _, n := range nameSplitRE.Split(s, -1) {
		n = strings.TrimSpace(strings.TrimRight(n, ".;:)"))
		if i := strings.Index(n, " in "); i > 0 {
			n = n[:i]
		}
		if n == "" || !unicode.IsUpper([]rune(n)[0]) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// isFurniture recognises the lines a scraped page adds around a story:
// lines without words (counters, rules), entries of lists of layout
// tokens, logo lines, copyright footers.
func isFurniture(t string) bool {
	if !hasLetters(t) {
		return true
	}
	words := strings.Fields(t)
	if bulleted(t) {
		rest := strings.TrimLeft(t, "•*·-–—‣◦▪● \t")
		if len(strings.Fields(rest)) <= 3 && !endsSentence(rest) {
			return true
		}
	}
	if len(words) == 1 && isLayoutToken(words[0]) {
		return true
	}
	if len(words) <= 3 {
		for _, w := range words {
			if strings.EqualFold(strings.Trim(w, ".:"), "logo") {
				return true
			}
		}
	}
	lower := strings.ToLower(t)
	if len(words) <= 30 && (strings.Contains(t, "©") || strings.Contains(lower, "all rights reserved") || (strings.HasPrefix(lower, "copyright") && len(words) <= 10)) {
		return true
	}
	if len(words) <= 5 && counterRE.MatchString(t) {
		return true // "12 of 40 DOCUMENTS", "Page 2 of 3"
	}
	if s, ok := findStamp(t); ok && s.wordsOut <= 2 && len(words) <= 12 {
		return true // a time stamp left in the body
	}
	return false
}

var counterRE = regexp.MustCompile(`\b\d+\s+(?i:of)\s+\d+\b`)

// isLayoutToken: "medium-wide-browser", "col_md_6": machine words joined by
// hyphens or underscores, in lower case.
func isLayoutToken(w string) bool {
	if !strings.ContainsAny(w, "-_") {
		return false
	}
	for _, r := range w {
		if !(unicode.IsLower(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func bulleted(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("•*·‣◦▪●", r) || strings.HasPrefix(t, "- ")
}

// isShortNonSentence: a line of a few words that is not a sentence —
// a menu entry, a button, a section label.
func isShortNonSentence(t string) bool {
	return wordCount(t) <= 4 && !endsSentence(t)
}

// isProse: a paragraph of running text — eight words or more ending as a
// sentence ends, or twenty words or more.
func isProse(t string) bool {
	n := wordCount(t)
	return n >= 20 || (n >= 8 && endsSentence(t))
}

// endsSentence reports whether t ends with a full stop, question or
// exclamation mark, perhaps inside closing quotes or brackets.
func endsSentence(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), "\"”’'»)]")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(".!?…", r)
}

func hasLetters(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func wordCount(s string) int { return len(strings.Fields(s)) }

// split cuts text into units: paragraphs separated by blank lines. Inside
// a block, the lines of wrapped prose are joined into paragraphs (a new one
// starts at an indented line, or after a short line that ends a sentence);
// the lines of other blocks (headers, menus, lists) stay apart.
func split(text string) []unit {
	text = strings.TrimPrefix(text, "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	var units []unit
	var block []line
	flush := func() {
		if len(block) == 0 {
			return
		}
		if !wrapped(block) {
			for _, l := range block {
				units = append(units, unit{text: l.text, line: l.n})
			}
			block = block[:0]
			return
		}
		longest, least := 0, block[0].indent
		for _, l := range block {
			longest = max(longest, utf8.RuneCountInString(l.text))
			least = min(least, l.indent)
		}
		var para []string
		start := block[0].n
		for i, l := range block {
			indented := l.indent > least
			afterShortEnd := i > 0 && utf8.RuneCountInString(block[i-1].text)*4 < longest*3 && endsSentence(block[i-1].text)
			if i > 0 && (indented || afterShortEnd) {
				units = append(units, unit{text: strings.Join(para, " "), line: start})
				para, start = nil, l.n
			}
			para = append(para, l.text)
		}
		units = append(units, unit{text: strings.Join(para, " "), line: start})
		block = block[:0]
	}
	for i, raw := range lines {
		raw = strings.Map(func(r rune) rune {
			if r == '\t' {
				return ' '
			}
			if r == '\u00a0' {
				return ' '
			}
			if unicode.IsControl(r) {
				return -1
			}
			return r
		}, raw)
		l := strings.TrimSpace(raw)
		if l == "" {
			flush()
			continue
		}
		block = append(block, line{text: l, n: i + 1, indent: len(raw) - len(strings.TrimLeft(raw, " "))})
	}
	flush()
	return units
}

// line is one non-blank line of the input.
type line struct {
	text   string
	n      int // 1-based line number
	indent int // leading spaces
}

// wrapped reports whether a block is prose broken at a fixed width rather
// than separate lines: no list entries, lines of fifty characters or more,
// and most lines near the longest.
func wrapped(block []line) bool {
	if len(block) < 2 {
		return false
	}
	longest := 0
	for _, l := range block {
		if bulleted(l.text) {
			return false
		}
		longest = max(longest, utf8.RuneCountInString(l.text))
	}
	if longest < 50 {
		return false
	}
	long := 0
	for _, l := range block {
		if utf8.RuneCountInString(l.text)*4 >= longest*3 {
			long++
		}
	}
	return long*2 > len(block)
}
