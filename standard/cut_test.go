package standard

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestCut(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"short", "Iraq accused Iran.", 100, []string{"Iraq accused Iran."}},
		{"at a comma in the second half", "aaaa bbbb, cccc dddd eeee", 16, []string{"aaaa bbbb,", " cccc dddd eeee"}},
		{"at a space", "aaaa bbbb cccc dddd eeee", 12, []string{"aaaa bbbb ", "cccc dddd ", "eeee"}},
		{"no break: at the limit", strings.Repeat("x", 25), 10, []string{strings.Repeat("x", 10), strings.Repeat("x", 10), strings.Repeat("x", 5)}},
		{"never inside a character", strings.Repeat("é", 6), 5, []string{"éé", "éé", "éé"}},
		{"a limit below a character", "éé", 1, []string{"é", "é"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			prev := 0
			for _, sp := range cut(tt.text, dyad.Span{Start: 0, End: len(tt.text)}, tt.limit) {
				if sp.Start != prev || sp.End-sp.Start > max(tt.limit, 4) || sp.End <= sp.Start {
					t.Fatalf("bad piece %v after %d", sp, prev)
				}
				prev = sp.End
				got = append(got, sp.Of(tt.text))
			}
			if prev != len(tt.text) {
				t.Fatalf("pieces end at %d of %d", prev, len(tt.text))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
