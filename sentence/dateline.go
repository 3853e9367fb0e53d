package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Dateline finds the dateline that opens a news story: "BAGHDAD (Reuters) -",
// "WASHINGTON, Nov. 17 (AP) —", "KABUL, Afghanistan (AP) --", "LONDON —",
// "CEBU CITY: --", "(Reuters) -". It looks at the start of the first ten lines that are not
// blank, since a headline or a date line may come first, and returns the
// dateline's span (up to and including its dash), its place ("WASHINGTON",
// "KABUL, Afghanistan"; a date in it is left out) and its agency ("AP"), or
// ok false when there is none.
//
// The sentence splitter makes the same datelines sentences of their own, so
// the coder can also recognize a dateline sentence by its span.
func Dateline(text string) (span dyad.Span, place, agency string, ok bool) {
	for i, lines := 0, 0; i < len(text) && lines < 10; {
		i = skipHorizontal(text, i)
		if i < len(text) && !isLineBreakAt(text, i) {
			lines++
			if d, ok := parseDateline(text, i); ok {
				return d.span, d.place, d.agency, true
			}
		}
		for i < len(text) && !isLineBreakAt(text, i) {
			i++
		}
		if i < len(text) {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
	}
	return dyad.Span{}, "", "", false
}

type dateline struct {
	span          dyad.Span
	place, agency string
}

// parseDateline parses a dateline starting at i: a place of capitalized
// words, optional comma-separated parts naming a region or a date, an
// optional agency in brackets, and a dash. Without an agency the place must
// be in capitals ("LONDON —"), so that "Iraq - the country ..." is not one.
func parseDateline(text string, i int) (dateline, bool) {
	r, _ := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsUpper(r) && r != '(' {
		return dateline{}, false
	}
	p := i
	words, letters, caps := 0, 0, true
	for words < 6 {
		e, l, c := placeWord(text, p)
		if e == p {
			break
		}
		words++
		letters += l
		caps = caps && c
		p = e
		if p+1 < len(text) && (text[p] == ' ' || text[p] == '/') && startsUpper(text, p+1) {
			p++
			continue
		}
		break
	}
	placeEnd := p
	hasDate := false
	for parts := 0; words > 0 && parts < 3 && hasPrefixAt(text, p, ", "); parts++ {
		if e := datePart(text, p+2); e > p+2 {
			hasDate = true
			p = e
			continue
		}
		e := p + 2
		regionWords := 0
		for regionWords < 3 {
			f, _, _ := placeWord(text, e)
			if f == e {
				break
			}
			regionWords++
			e = f
			if e+1 < len(text) && text[e] == ' ' && startsUpper(text, e+1) {
				e++
				continue
			}
			break
		}
		if regionWords == 0 {
			break
		}
		p = e
		if !hasDate {
			placeEnd = p
		}
	}
	q := skipBlanks(text, p)
	var agency string
	if q < len(text) && text[q] == '(' {
		end := strings.IndexByte(text[q:min(len(text), q+40)], ')')
		if end < 2 {
			return dateline{}, false
		}
		agency = text[q+1 : q+end]
		// An agency is a name of a few words: "Reuters", "AP", "Reuters
		// Health"; "(pop. 30 million)" is not one.
		if strings.ContainsAny(agency, "\n\r0123456789") || !startsLetter(agency) || strings.Count(agency, " ") > 3 {
			return dateline{}, false
		}
		p = q + end + 1
		q = skipBlanks(text, p)
	}
	if agency == "" && (words == 0 || !caps || letters < 2 || words > 4 || letters < 4 && !hasDate) {
		return dateline{}, false
	}
	if q < len(text) && text[q] == ':' {
		q = skipBlanks(text, q+1) // "CEBU CITY: --"
	}
	dashEnd := 0
	for _, d := range []string{"--", "—", "–", "-", "_"} {
		if hasPrefixAt(text, q, d) {
			dashEnd = q + len(d)
			break
		}
	}
	if dashEnd == 0 {
		return dateline{}, false
	}
	if dashEnd < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[dashEnd:]); !isSpaceRune(r) {
			return dateline{}, false
		}
	}
	return dateline{
		span:   dyad.Span{Start: i, End: dashEnd},
		place:  strings.TrimRight(text[i:placeEnd], ", "),
		agency: agency,
	}, true
}

// placeWord scans a capitalized word of a place name at i (BAGHDAD, Rio,
// D.C., AL-QAIM, ST.) and returns its end, its number of letters and
// whether it has no lower-case letters.
func placeWord(text string, i int) (end, letters int, caps bool) {
	if !startsUpper(text, i) {
		return i, 0, false
	}
	caps = true
	p := i
	for p < len(text) {
		r, n := utf8.DecodeRuneInString(text[p:])
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsLower(r) {
				caps = false
			}
		case r == '.' || r == '\'' || r == '’' || r == '-':
			if p+n < len(text) {
				if q, _ := utf8.DecodeRuneInString(text[p+n:]); !unicode.IsLetter(q) && r != '.' {
					return p, letters, caps
				}
			}
		default:
			return p, letters, caps
		}
		p += n
	}
	return p, letters, caps
}

var months = []string{
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
}

// datePart returns the end of a date at i ("Nov. 17", "Nov 17, 2007",
// "17 November"), or i.
func datePart(text string, i int) int {
	p := i
	if d := digitsEnd(text, p); d > p && d-p <= 2 {
		if m := monthEnd(text, d+1); d < len(text) && text[d] == ' ' && m > d+1 {
			return m
		}
		return i
	}
	m := monthEnd(text, p)
	if m == p || m >= len(text) || text[m] != ' ' {
		return i
	}
	d := digitsEnd(text, m+1)
	if d == m+1 || d-m-1 > 2 {
		return i
	}
	if hasPrefixAt(text, d, ", ") {
		if y := digitsEnd(text, d+2); y-d-2 == 4 {
			return y
		}
	}
	return d
}

func monthEnd(text string, i int) int {
	for _, m := range months {
		if len(text)-i >= len(m) && strings.EqualFold(text[i:i+len(m)], m) {
			e := i + len(m)
			if e < len(text) && text[e] == '.' {
				e++
			}
			if e < len(text) && unicode.IsLetter(rune(text[e])) {
				continue
			}
			return e
		}
	}
	return i
}

func digitsEnd(text string, i int) int {
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i
}

func skipBlanks(text string, i int) int {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if hasPrefixAt(text, i, "\u00a0") {
		return skipBlanks(text, i+2)
	}
	return i
}

func startsUpper(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
