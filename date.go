package dyad

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar day written as the integer YYYYMMDD (20071117), the way
// event data and actor dictionaries date things. Dates compare with < and >;
// the zero Date means "unknown".
type Date int32

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

// ParseDate reads YYYY-MM-DD, YYYYMMDD, or the two-digit-year form YYMMDD
// used by older TABARI dictionaries (years 00-29 are 20xx, 30-99 are 19xx).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	digits := strings.ReplaceAll(s, "-", "")
	if len(digits) != len(s) && len(s) != 10 {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD, YYYYMMDD or YYMMDD", s)
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD, YYYYMMDD or YYMMDD", s)
	}
	switch len(digits) {
	case 8:
	case 6:
		if n/10000 < 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	default:
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD, YYYYMMDD or YYMMDD", s)
	}
	d := Date(n)
	if !d.Valid() {
		return 0, fmt.Errorf("date %q: no such day", s)
	}
	return d, nil
}

// Year, Month and Day return the parts of the date.
func (d Date) Year() int         { return int(d) / 10000 }
func (d Date) Month() time.Month { return time.Month(int(d) / 100 % 100) }
func (d Date) Day() int          { return int(d) % 100 }

// Valid reports whether d names a real calendar day.
func (d Date) Valid() bool {
	if d <= 0 {
		return false
	}
	t := d.Time()
	return t.Year() == d.Year() && t.Month() == d.Month() && t.Day() == d.Day()
}

// Time returns midnight UTC at the start of the day.
func (d Date) Time() time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d == 0 }

// String returns YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// MarshalText writes YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads any form ParseDate accepts; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
