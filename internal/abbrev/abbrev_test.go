package abbrev

import "testing"

func TestLookup(t *testing.T) {
	tests := []struct {
		word string
		want Kind
	}{
		{"Mr", Title}, {"Gen", Title}, {"St", Title},
		{"No", Numeral}, {"pp", Numeral},
		{"Jan", Date}, {"Sept", Date}, {"Tues", Date},
		{"p.m", Time}, {"A.M", Time},
		{"W", Initial}, {"É", Initial}, {"I", None}, {"a", None},
		{"U.S", Acronym}, {"e.g", Acronym}, {"Ph.D", Acronym}, {"U.S.A", Acronym}, {"non-U.S", Acronym},
		{"reuters.com", None}, {"3.5", None}, {"U.S.", None},
		{"Inc", Other}, {"etc", Other}, {"Calif", Other}, {"ex-Gov", Title},
		{"", None}, {"said", None}, {"Smith", None}, {"-", None},
	}
	for _, tt := range tests {
		if got := Lookup(tt.word); got != tt.want {
			t.Errorf("Lookup(%q) = %d, want %d", tt.word, got, tt.want)
		}
	}
}
