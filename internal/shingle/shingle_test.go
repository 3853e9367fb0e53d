package shingle

import (
	"math"
	"testing"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		p, r       float64
	}{
		{"same", "one two three four five", "one two three four five", 1, 1},
		{"empty prediction", "one two three four five", "", 0, 0},
		{"both empty", "", "", 1, 1},
		{"extra words", "one two three four", "one two three four five", 0.5, 1},
		{"short texts are one shingle", "a b", "a b", 1, 1},
		{"punctuation and case are words apart", "One, two; three four", "One two three four", 1, 1},
		{"repeated shingles count", "a b c d a b c d", "a b c d", 1, 0.2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Match(tt.gold, tt.pred)
			if math.Abs(c.Precision()-tt.p) > 1e-9 || math.Abs(c.Recall()-tt.r) > 1e-9 {
				t.Errorf("P=%v R=%v, want P=%v R=%v (%+v)", c.Precision(), c.Recall(), tt.p, tt.r, c)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	s := Summarize([]Counts{Match("a b c d e", "a b c d e"), Match("a b c d e", "")})
	if s.Precision != 0.5 || s.Recall != 0.5 || s.F1 != 0.5 {
		t.Errorf("%+v", s)
	}
}
