package petrarch_test

import (
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

// discardLookup is a text and the discard it should find: the discard's
// line as written, or "" for none.
type discardLookup struct {
	text  string
	found string
	story bool
}

func TestReadDiscards(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		lookups []discardLookup
		errs    []wantErr
	}{
		{
			name: "stem",
			data: "CRICKET\n",
			lookups: []discardLookup{
				{"a cricket match", "CRICKET", false},
				{"the cricketers", "CRICKET", false},
				{"a cricke", "", false},
			},
		},
		{
			name: "whole word",
			data: "GOAL_\n",
			lookups: []discardLookup{
				{"a goal", "GOAL_", false},
				{"the goals", "", false},
			},
		},
		{
			name: "phrases",
			data: "PENALTY_KICK\nFIRST HALF_\n",
			lookups: []discardLookup{
				{"the penalty kicks", "PENALTY_KICK", false},
				{"in the first half", "FIRST HALF_", false},
				{"the first halftime", "", false},
				{"first of the half", "", false},
			},
		},
		{
			name: "story discards",
			data: "+HOROSCOPE\n+ CROSSWORD_PUZZLE_\n",
			lookups: []discardLookup{
				{"your horoscopes", "+HOROSCOPE", true},
				{"the crossword puzzle", "+ CROSSWORD_PUZZLE_", true},
				{"the crossword puzzles", "", false},
			},
		},
		{
			name: "comments and lower case",
			data: "# sports\n<!-- leagues\n-->\nrugby ; a legacy comment\n",
			lookups: []discardLookup{
				{"RUGBY", "rugby", false},
			},
		},
		{
			name: "malformed lines are reported and skipped",
			data: "RUGBY\n+\n_\n+ _\nTENNIS\n",
			lookups: []discardLookup{
				{"rugby", "RUGBY", false},
				{"tennis", "TENNIS", false},
			},
			errs: []wantErr{{2, "empty discard"}, {3, "empty discard"}, {4, "empty discard"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := &dict.Discards{}
			errs := petrarch.ReadDiscards(ds, "test.discards.txt", tt.data)
			checkErrs(t, "test.discards.txt", errs, tt.errs)
			for _, l := range tt.lookups {
				d := ds.Find(words(l.text))
				switch {
				case d == nil && l.found != "":
					t.Errorf("%q: no discard, want %q", l.text, l.found)
				case d != nil && (d.Text != l.found || d.Story != l.story):
					t.Errorf("%q: discard %q (story %v), want %q (story %v)", l.text, d.Text, d.Story, l.found, l.story)
				}
			}
		})
	}
}

func TestReadDiscardsEntry(t *testing.T) {
	ds := &dict.Discards{}
	if errs := petrarch.ReadDiscards(ds, "d.txt", "\n+BOXING_MATCH_\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(ds.Entries) != 1 {
		t.Fatalf("%d entries", len(ds.Entries))
	}
	d := ds.Entries[0]
	if !d.Story || d.Stem || d.Phrase.String() != "BOXING_MATCH" || d.Pos.File != "d.txt" || d.Pos.Line != 2 {
		t.Errorf("entry = %+v", d)
	}
}
