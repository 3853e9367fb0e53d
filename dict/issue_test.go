package dict_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
)

func TestIssuesFind(t *testing.T) {
	is := &dict.Issues{}
	add := func(phrase, code string) {
		e := &dict.Issue{Category: "TEST", Code: code}
		is.Entries = append(is.Entries, e)
		is.Add(dict.ParsePhrase(phrase, false), e)
	}
	add("WATER", "WATER")
	add("WATER_SHORTAGE", "DROUGHT")
	add("FISHING", "FISHERIES")
	add("HARBOUR", "FISHERIES")
	is.Ignore.Add(dict.ParsePhrase("WATER_CANNON", false), true)
	is.Ignore.Add(dict.ParsePhrase("FISHING_EXPEDITION", false), true)

	tests := []struct {
		name string
		text string
		want []dict.IssueCount
	}{
		{"none", "SYLDAVIA THREATENED", []dict.IssueCount{}},
		{"one", "WATER TALKS", []dict.IssueCount{{"WATER", 1}}},
		{"longest phrase counts once", "A WATER SHORTAGE", []dict.IssueCount{{"DROUGHT", 1}}},
		{"two phrases one code", "FISHING IN THE HARBOUR", []dict.IssueCount{{"FISHERIES", 2}}},
		{"most frequent first", "WATER FISHING HARBOUR", []dict.IssueCount{{"FISHERIES", 2}, {"WATER", 1}}},
		{"ties by code", "WATER SHORTAGE AND FISHING", []dict.IssueCount{{"DROUGHT", 1}, {"FISHERIES", 1}}},
		{"ignore phrase hides its words", "POLICE USED A WATER CANNON", []dict.IssueCount{}},
		{"ignore only where it matches", "WATER CANNON AND WATER", []dict.IssueCount{{"WATER", 1}}},
		{"ignore beats issue", "A FISHING EXPEDITION", []dict.IssueCount{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := is.Find(strings.Fields(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestIssuesEmpty(t *testing.T) {
	var nilIs *dict.Issues
	if nilIs.Find([]string{"WATER"}) != nil {
		t.Error("nil Issues found something")
	}
	if (&dict.Issues{}).Find([]string{"WATER"}) != nil {
		t.Error("empty Issues found something")
	}
}

func TestNewSet(t *testing.T) {
	s := dict.NewSet()
	if s.Verbs == nil || s.Verbs.Synsets == nil || s.Actors == nil || s.Agents == nil || s.Discards == nil || s.Issues == nil {
		t.Errorf("NewSet left a part nil: %+v", s)
	}
}
