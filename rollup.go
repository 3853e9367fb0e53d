package dyad

import (
	"fmt"
	"sort"
)

// ParseInterval reads "day", "week" or "month".
func ParseInterval(s string) (Interval, error) {
	switch iv := Interval(s); iv {
	case Day, Week, Month:
		return iv, nil
	}
	return "", fmt.Errorf("%w: interval %q: want day, week or month", ErrInvalid, s)
}

// Start returns the first day of the period that holds d.
func (iv Interval) Start(d Date) Date {
	switch iv {
	case Week:
		t := d.Time()
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return DateOf(t.AddDate(0, 0, -back))
	case Month:
		return Date(d.Year()*10000 + int(d.Month())*100 + 1)
	}
	return d
}

// Rollup sums daily counts into buckets of iv, in date order. Days with
// no events have no bucket: a chart fills the gaps as it sees fit.
func Rollup(days []DayCount, iv Interval) []Bucket {
	index := make(map[Date]int)
	var out []Bucket
	for _, d := range days {
		if d.Date == 0 {
			continue
		}
		start := iv.Start(d.Date)
		i, ok := index[start]
		if !ok {
			i = len(out)
			index[start] = i
			out = append(out, Bucket{Start: start})
		}
		b := &out[i]
		b.Events += d.Events
		b.Goldstein += d.Goldstein
		if d.Quad >= 1 && d.Quad <= 4 {
			b.ByQuad[d.Quad-1] += d.Events
			b.QuadSum[d.Quad-1] += d.Goldstein
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
