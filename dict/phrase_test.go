package dict_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"upper ascii unchanged", "TALKS", "TALKS"},
		{"lower ascii", "talks", "TALKS"},
		{"mixed ascii", "Syldavia's", "SYLDAVIA'S"},
		{"curly apostrophe", "Syldavia’s", "SYLDAVIA'S"},
		{"left single quote", "‘tis", "'TIS"},
		{"modifier apostrophe", "Hawaiʼi", "HAWAI'I"},
		{"backtick", "`quoted", "'QUOTED"},
		{"curly double quotes", "“a”", `"A"`},
		{"accented letters", "côte", "CÔTE"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dict.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParsePhrase(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		blankIsGap bool
		words      []string
		gap        []bool
		str        string
	}{
		{"one word", "embassy", false, []string{"EMBASSY"}, []bool{false}, "EMBASSY"},
		{"underscores join", "PRIME_MINISTER", false, []string{"PRIME", "MINISTER"}, []bool{false, false}, "PRIME_MINISTER"},
		{"blank consecutive", "PRIME MINISTER", false, []string{"PRIME", "MINISTER"}, []bool{false, false}, "PRIME_MINISTER"},
		{"blank is gap", "PRIME MINISTER", true, []string{"PRIME", "MINISTER"}, []bool{false, true}, "PRIME MINISTER"},
		{"mixed gap and join", "NEW  SYLDAVIA_ARMY HQ", true, []string{"NEW", "SYLDAVIA", "ARMY", "HQ"}, []bool{false, true, false, true}, "NEW SYLDAVIA_ARMY HQ"},
		{"trailing underscore dropped", "MINISTER_", false, []string{"MINISTER"}, []bool{false}, "MINISTER"},
		{"doubled underscores", "A__B", true, []string{"A", "B"}, []bool{false, false}, "A_B"},
		{"leading underscore", "_A B", true, []string{"A", "B"}, []bool{false, true}, "A B"},
		{"possessive split off", "PEOPLE'S_ARMY", false, []string{"PEOPLE", "'S", "ARMY"}, []bool{false, false, false}, "PEOPLE_'S_ARMY"},
		{"possessive after a gap", "FRONT KLOW'S", true, []string{"FRONT", "KLOW", "'S"}, []bool{false, true, false}, "FRONT KLOW_'S"},
		{"curly possessive", "klow’s", false, []string{"KLOW", "'S"}, []bool{false, false}, "KLOW_'S"},
		{"negation split off", "DON'T", false, []string{"DO", "N'T"}, []bool{false, false}, "DO_N'T"},
		{"bare clitics kept", "'S N'T", false, []string{"'S", "N'T"}, []bool{false, false}, "'S_N'T"},
		{"empty", "  ", true, nil, nil, ""},
		{"only underscores", "___", false, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := dict.ParsePhrase(tt.in, tt.blankIsGap)
			if !slices.Equal(p.Words, tt.words) || !slices.Equal(p.Gap, tt.gap) {
				t.Errorf("ParsePhrase(%q, %v) = %v %v, want %v %v", tt.in, tt.blankIsGap, p.Words, p.Gap, tt.words, tt.gap)
			}
			if s := p.String(); s != tt.str {
				t.Errorf("String() = %q, want %q", s, tt.str)
			}
		})
	}
}

// trie builds a trie whose values are the phrases as written.
func trie(phrases ...string) *dict.Trie[string] {
	var t dict.Trie[string]
	for _, p := range phrases {
		t.Add(dict.ParsePhrase(p, true), p)
	}
	return &t
}

func TestTrieMatch(t *testing.T) {
	dictionary := trie(
		"SYLDAVIA",
		"SYLDAVIA_ARMY",
		"SYLDAVIA_ARMY_HQ",
		"NORTH_SYLDAVIA",
		"MINISTER INTERIOR", // gap: "minister of the interior"
		"BLUE_LAKE CITY",    // consecutive then gap
		"RED RIVER_DELTA",   // gap then consecutive
	)
	tests := []struct {
		name     string
		text     string
		start    int
		limit    int // -1: the whole text
		want     string
		wantEnd  int
		wantNone bool
	}{
		{name: "single word", text: "SYLDAVIA SAID", want: "SYLDAVIA", wantEnd: 1},
		{name: "longest wins", text: "SYLDAVIA ARMY HQ SAID", want: "SYLDAVIA_ARMY_HQ", wantEnd: 3},
		{name: "falls back to shorter", text: "SYLDAVIA ARMY SAID", want: "SYLDAVIA_ARMY", wantEnd: 2},
		{name: "partial long phrase", text: "SYLDAVIA HQ", want: "SYLDAVIA", wantEnd: 1},
		{name: "start in the middle", text: "THE SYLDAVIA ARMY", start: 1, want: "SYLDAVIA_ARMY", wantEnd: 3},
		{name: "must start at start", text: "THE SYLDAVIA", wantNone: true},
		{name: "limit cuts the match", text: "SYLDAVIA ARMY HQ", limit: 2, want: "SYLDAVIA_ARMY", wantEnd: 2},
		{name: "limit at start", text: "SYLDAVIA", limit: 0, wantNone: true},
		{name: "start past end", text: "SYLDAVIA", start: 1, wantNone: true},
		{name: "gap with no words between", text: "MINISTER INTERIOR", want: "MINISTER INTERIOR", wantEnd: 2},
		{name: "gap with words between", text: "MINISTER OF THE INTERIOR SPOKE", want: "MINISTER INTERIOR", wantEnd: 4},
		{name: "gap beyond limit", text: "MINISTER OF THE INTERIOR", limit: 3, wantNone: true},
		{name: "gap word missing", text: "MINISTER OF DEFENSE", wantNone: true},
		{name: "consecutive part must be adjacent", text: "BLUE GREEN LAKE CITY", wantNone: true},
		{name: "consecutive then gap", text: "BLUE LAKE OLD CITY", want: "BLUE_LAKE CITY", wantEnd: 4},
		{name: "gap then consecutive", text: "RED WIDE RIVER DELTA", want: "RED RIVER_DELTA", wantEnd: 4},
		{name: "gap then broken consecutive", text: "RED RIVER WIDE DELTA", wantNone: true},
		{name: "case matters: callers fold", text: "syldavia", wantNone: true},
		{name: "empty text", text: "", wantNone: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.text)
			limit := len(words)
			if tt.limit != 0 || tt.name == "limit at start" {
				limit = tt.limit
			}
			v, end, ok := dictionary.Match(words, tt.start, limit)
			if tt.wantNone {
				if ok {
					t.Errorf("matched %q ending at %d, want no match", v, end)
				}
				return
			}
			if !ok || v != tt.want || end != tt.wantEnd {
				t.Errorf("Match = %q, %d, %v; want %q, %d", v, end, ok, tt.want, tt.wantEnd)
			}
		})
	}
}

func TestTrieGapPrefersLongestThenFirst(t *testing.T) {
	// Two phrases reach the same end: the one added first wins.
	var tr dict.Trie[string]
	tr.Add(dict.ParsePhrase("CHIEF OFFICER", true), "first")
	tr.Add(dict.ParsePhrase("CHIEF_POLICE OFFICER", true), "second")
	words := strings.Fields("CHIEF POLICE OFFICER")
	v, end, ok := tr.Match(words, 0, len(words))
	if !ok || v != "first" || end != 3 {
		t.Errorf("Match = %q, %d, %v; want first, 3", v, end, ok)
	}

	// A gap that could stop early or late takes the longer reach.
	var long dict.Trie[string]
	long.Add(dict.ParsePhrase("TALKS PEACE", true), "talks-peace")
	words = strings.Fields("TALKS PEACE AND MORE PEACE")
	v, end, ok = long.Match(words, 0, len(words))
	if !ok || v != "talks-peace" || end != 5 {
		t.Errorf("Match = %q, %d, %v; want talks-peace, 5", v, end, ok)
	}
}

func TestTrieAdd(t *testing.T) {
	var tr dict.Trie[int]
	if !tr.Add(dict.ParsePhrase("SYLDAVIA", false), 1) {
		t.Fatal("first Add reported a duplicate")
	}
	if tr.Add(dict.ParsePhrase("syldavia", false), 2) {
		t.Error("second Add of the same phrase reported new")
	}
	if tr.Add(dict.Phrase{}, 3) {
		t.Error("empty phrase added")
	}
	// A gapped and a consecutive phrase with the same words are different.
	if !tr.Add(dict.ParsePhrase("SYLDAVIA ARMY", true), 4) || !tr.Add(dict.ParsePhrase("SYLDAVIA_ARMY", true), 5) {
		t.Error("gapped and consecutive phrases collided")
	}
	if tr.Len() != 3 {
		t.Errorf("Len = %d, want 3", tr.Len())
	}
	if v, _, _ := tr.Match([]string{"SYLDAVIA"}, 0, 1); v != 1 {
		t.Errorf("duplicate replaced the first value: got %d", v)
	}
	if !tr.HasPrefix("SYLDAVIA") || tr.HasPrefix("ARMY") {
		t.Error("HasPrefix wrong")
	}
}

func TestTrieZeroValue(t *testing.T) {
	var tr dict.Trie[string]
	if _, _, ok := tr.Match([]string{"A"}, 0, 1); ok {
		t.Error("empty trie matched")
	}
	if tr.HasPrefix("A") || tr.Len() != 0 {
		t.Error("empty trie not empty")
	}
}
