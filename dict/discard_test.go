package dict_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
)

func discards(lines ...string) *dict.Discards {
	ds := &dict.Discards{}
	for _, l := range lines {
		d := &dict.Discard{Text: l, Stem: true}
		if strings.HasPrefix(l, "+") {
			d.Story, l = true, l[1:]
		}
		if strings.HasSuffix(l, "_") {
			d.Stem = false
		}
		d.Phrase = dict.ParsePhrase(l, false)
		ds.Add(d)
	}
	return ds
}

func TestDiscardsFind(t *testing.T) {
	ds := discards(
		"CRICKET",          // one-word stem
		"GOAL_",            // whole word only
		"PENALTY_KICK",     // multiword, last word a stem
		"FIRST_HALF_",      // multiword, whole words
		"+HOROSCOPE",       // story discard
		"TRANSFER_WINDOW_", // whole words
	)
	tests := []struct {
		name string
		text string
		want string // Text of the discard found; "" for none
	}{
		{"nothing", "SYLDAVIA THREATENED ITS NEIGHBOUR", ""},
		{"stem exact", "A CRICKET MATCH", "CRICKET"},
		{"stem prefix", "THE CRICKETERS STRUCK", "CRICKET"},
		{"stem must start the word", "NOTCRICKET", ""},
		{"whole word", "A GOAL WAS SCORED", "GOAL_"},
		{"whole word rejects longer", "THE GOALS OF THE TALKS", ""},
		{"multiword stem", "A PENALTY KICKS OFF", "PENALTY_KICK"},
		{"multiword needs adjacency", "PENALTY AND KICK", ""},
		{"multiword whole words", "IN THE FIRST HALF", "FIRST_HALF_"},
		{"multiword whole last word", "THE FIRST HALFTIME", ""},
		{"multiword at the end of text", "THE PENALTY", ""},
		{"story discard", "YOUR HOROSCOPE TODAY", "+HOROSCOPE"},
		{"first match wins in text order", "GOAL AND CRICKET", "GOAL_"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ds.Find(strings.Fields(tt.text))
			got := ""
			if d != nil {
				got = d.Text
			}
			if got != tt.want {
				t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
	if d := ds.Find([]string{"HOROSCOPES"}); d == nil || !d.Story {
		t.Errorf("story discard lost its Story flag: %+v", d)
	}
	if d := ds.Find([]string{"CRICKET"}); d == nil || d.Story {
		t.Errorf("sentence discard marked as story: %+v", d)
	}
}

func TestDiscardsNilAndEmpty(t *testing.T) {
	var nilDs *dict.Discards
	if nilDs.Find([]string{"ANY"}) != nil {
		t.Error("nil Discards found something")
	}
	ds := &dict.Discards{}
	ds.Add(&dict.Discard{Text: "", Stem: true})
	if ds.Find([]string{"ANY"}) != nil || len(ds.Entries) != 1 {
		t.Error("empty discard phrase matched or was not kept")
	}
}
