package wire

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// zones are the time-zone abbreviations news copy uses; ET and the like
// are taken in their standard-time offsets.
var zones = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "ET": -5, "CST": -6,
	"CDT": -5, "CT": -6, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "PT": -8,
	"BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "IST": 5,
	"JST": 9, "AEST": 10, "AEDT": 11,
}

const monthRE = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	isoDateRE   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?`)
	mdyDateRE   = regexp.MustCompile(`(?i)\b(` + monthRE + `)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	dmyDateRE   = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `),?\s+(\d{4})\b`)
	clockRE     = regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*\(?\b(UTC|GMT|EST|EDT|ET|CST|CDT|CT|MST|MDT|PST|PDT|PT|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT)\b\)?)?`)
	dateNoiseRE = regexp.MustCompile(`(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|updated|published|posted|last|on|at|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|ago|today|yesterday)\b`)
)

// stamp is a date, and maybe a time, found in a line.
type stamp struct {
	t        time.Time
	hasTime  bool
	start    int // byte offsets of the date in the line
	end      int
	wordsOut int // words of the line that are not part of the date
}

// findStamp finds the first date in line, and a time of day next to it.
func findStamp(line string) (stamp, bool) {
	var s stamp
	var y, d int
	var m time.Month
	switch {
	case isoDateRE.MatchString(line):
		g := isoDateRE.FindStringSubmatchIndex(line)
		y, _ = strconv.Atoi(line[g[2]:g[3]])
		mi, _ := strconv.Atoi(line[g[4]:g[5]])
		m = time.Month(mi)
		d, _ = strconv.Atoi(line[g[6]:g[7]])
		s.start, s.end = g[0], g[1]
		if g[8] >= 0 {
			hh, _ := strconv.Atoi(line[g[8]:g[9]])
			mm, _ := strconv.Atoi(line[g[10]:g[11]])
			ss := 0
			if g[12] >= 0 {
				ss, _ = strconv.Atoi(line[g[12]:g[13]])
			}
			loc := time.UTC
			if g[14] >= 0 {
				loc = offsetZone(line[g[14]:g[15]])
			}
			if hh < 24 && mm < 60 && ss < 60 {
				s.t = time.Date(y, m, d, hh, mm, ss, 0, loc)
				s.hasTime = true
			}
		}
	case mdyDateRE.MatchString(line) || dmyDateRE.MatchString(line):
		var g []int
		gm, gd := mdyDateRE.FindStringSubmatchIndex(line), dmyDateRE.FindStringSubmatchIndex(line)
		if gm != nil && (gd == nil || gm[0] <= gd[0]) {
			g = gm
			m = months[strings.TrimSuffix(strings.ToLower(line[g[2]:g[3]]), ".")]
			d, _ = strconv.Atoi(line[g[4]:g[5]])
		} else {
			g = gd
			d, _ = strconv.Atoi(line[g[2]:g[3]])
			m = months[strings.TrimSuffix(strings.ToLower(line[g[4]:g[5]]), ".")]
		}
		y, _ = strconv.Atoi(line[g[6]:g[7]])
		s.start, s.end = g[0], g[1]
	default:
		return s, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return s, false
	}
	clockStart, clockEnd := -1, -1
	if !s.hasTime {
		s.t = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		// The time of day may follow the date or come before it.
		off := s.end
		c := clockRE.FindStringSubmatchIndex(line[s.end:])
		if c == nil {
			off = 0
			c = clockRE.FindStringSubmatchIndex(line[:s.start])
		}
		if c != nil {
			hh, _ := strconv.Atoi(line[off+c[2] : off+c[3]])
			mm, _ := strconv.Atoi(line[off+c[4] : off+c[5]])
			if c[8] >= 0 {
				ampm := strings.ToLower(strings.ReplaceAll(line[off+c[8]:off+c[9]], ".", ""))
				switch {
				case ampm == "pm" && hh < 12:
					hh += 12
				case ampm == "am" && hh == 12:
					hh = 0
				}
			}
			loc := time.UTC
			if c[10] >= 0 {
				z := strings.ToUpper(line[off+c[10] : off+c[11]])
				loc = time.FixedZone(z, zones[z]*3600)
			}
			if hh < 24 && mm < 60 {
				s.t = time.Date(y, m, d, hh, mm, 0, 0, loc)
				s.hasTime = true
				clockStart, clockEnd = off+c[0], off+c[1]
			}
		}
	}
	if s.t.Day() != d { // 31 February and the like
		return s, false
	}
	rest := line[:s.start] + " " + line[s.end:]
	if clockStart >= 0 {
		if clockStart >= s.end {
			rest = line[:s.start] + " " + line[s.end:clockStart] + " " + line[clockEnd:]
			s.end = clockEnd
		} else {
			rest = line[:clockStart] + " " + line[clockEnd:s.start] + " " + line[s.end:]
			s.start = clockStart
		}
	}
	rest = dateNoiseRE.ReplaceAllString(rest, " ")
	s.wordsOut = len(strings.FieldsFunc(rest, func(r rune) bool { return !isWordRune(r) }))
	return s, true
}

func offsetZone(z string) *time.Location {
	if z == "Z" {
		return time.UTC
	}
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	if len(z) != 4 {
		return time.UTC
	}
	h, _ := strconv.Atoi(z[:2])
	m, _ := strconv.Atoi(z[2:])
	return time.FixedZone("", sign*(h*3600+m*60))
}
