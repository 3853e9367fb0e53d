package sqlstore

import (
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestMonthSpan(t *testing.T) {
	type edges = [][2]dyad.Date
	tests := []struct {
		name     string
		from, to dyad.Date
		lo, hi   int
		whole    bool
		edges    edges
	}{
		{"no bounds", 0, 0, 0, 0, true, nil},
		{"one whole month", 20071101, 20071130, 200711, 200711, true, nil},
		{"from inside a month", 20071102, 20071130, 0, 0, false, edges{{20071102, 20071130}}},
		{"both ends inside months", 20071117, 20080215, 200712, 200801, true, edges{{20071117, 20071130}, {20080201, 20080215}}},
		{"from only", 20071201, 0, 200712, 0, true, nil},
		{"from only, inside a month", 20071231, 0, 200801, 0, true, edges{{20071231, 20071231}}},
		{"to the day before a leap day", 0, 20080228, 0, 200801, true, edges{{20080201, 20080228}}},
		{"to a leap day", 0, 20080229, 0, 200802, true, nil},
		{"across a new year, no whole month", 20071231, 20080101, 0, 0, false, edges{{20071231, 20080101}}},
		{"two halves", 20071115, 20071215, 0, 0, false, edges{{20071115, 20071215}}},
		{"one day", 20071117, 20071117, 0, 0, false, edges{{20071117, 20071117}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi, e, whole := monthSpan(tt.from, tt.to)
			if lo != tt.lo || hi != tt.hi || whole != tt.whole || !slices.Equal(e, tt.edges) {
				t.Errorf("monthSpan(%d, %d) = %d, %d, %v, %v; want %d, %d, %v, %v", tt.from, tt.to, lo, hi, e, whole, tt.lo, tt.hi, tt.edges, tt.whole)
			}
		})
	}
}

func TestWordsOf(t *testing.T) {
	tests := []struct {
		name, q string
		want    []string
	}{
		{"words", "Iran talks", []string{"Iran", "talks"}},
		{"punctuation and syntax", `"militias"*( OR -x`, []string{"militias", "OR", "x"}},
		{"repeated in any case", "police Police POLICE talks police", []string{"police", "talks"}},
		{"letters of other scripts", "Tehrán طهران", []string{"Tehrán", "طهران"}},
		{"none", "!!! ...", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WordsOf(tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("WordsOf(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
