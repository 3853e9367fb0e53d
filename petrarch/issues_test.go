package petrarch_test

import (
	"slices"
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

func TestReadIssues(t *testing.T) {
	type find struct {
		text string
		want []dict.IssueCount
	}
	tests := []struct {
		name  string
		data  string
		finds []find
		errs  []wantErr
	}{
		{
			name: "phrases with codes",
			data: "<ISSUE CATEGORY=\"FARMING\">\nirrigation [WATER_USE]\ncrop rotation [SOIL]\n</ISSUE>\n",
			finds: []find{
				{"irrigation and crop rotation", []dict.IssueCount{ic("SOIL", 1), ic("WATER_USE", 1)}},
				{"crop irrigation", []dict.IssueCount{ic("WATER_USE", 1)}},
			},
		},
		{
			name:  "a line without a code takes the category",
			data:  "<ISSUE CATEGORY=\"FARMING\">\nharvest\n</ISSUE>\n",
			finds: []find{{"the harvest", []dict.IssueCount{ic("FARMING", 1)}}},
		},
		{
			name:  "noun forms",
			data:  "<ISSUE CATEGORY=\"FARMING\">\nn:tractor [MACHINERY]\n</ISSUE>\n",
			finds: []find{{"a tractor and two tractors", []dict.IssueCount{ic("MACHINERY", 2)}}},
		},
		{
			name:  "verb forms",
			data:  "<ISSUE CATEGORY=\"FARMING\">\nv:plough [TILLAGE]\n</ISSUE>\n",
			finds: []find{{"ploughs ploughed ploughing plough", []dict.IssueCount{ic("TILLAGE", 4)}}},
		},
		{
			name: "plus: blank or hyphen",
			data: "<ISSUE CATEGORY=\"FARMING\">\nagri+business [AGRIBUSINESS]\n</ISSUE>\n",
			finds: []find{
				{"agri business", []dict.IssueCount{ic("AGRIBUSINESS", 1)}},
				{"agri-business", []dict.IssueCount{ic("AGRIBUSINESS", 1)}},
				{"agribusiness", []dict.IssueCount{}},
			},
		},
		{
			name:  "plus with noun forms",
			data:  "<ISSUE CATEGORY=\"FARMING\">\nseed+n:bank [SEEDS]\n</ISSUE>\n",
			finds: []find{{"seed banks and seed-bank", []dict.IssueCount{ic("SEEDS", 2)}}},
		},
		{
			name: "ignore phrases",
			data: "<ISSUE CATEGORY=\"FARMING\">\nn:field [LAND]\n~field marshal\n~~n:field n:trip\n</ISSUE>\n",
			finds: []find{
				{"the field", []dict.IssueCount{ic("LAND", 1)}},
				{"a field marshal", []dict.IssueCount{}},
				{"two field trips to the fields", []dict.IssueCount{ic("LAND", 1)}},
			},
		},
		{
			name:  "several blocks and lower-case tags",
			data:  "<issue category=\"A\">\nalpha\n</issue>\n<ISSUE  CATEGORY = \"B\">\nbeta\n</ISSUE>\n",
			finds: []find{{"alpha beta beta", []dict.IssueCount{ic("B", 2), ic("A", 1)}}},
		},
		{
			// Upper-casing invalid UTF-8 changes its length; the category
			// was once cut from the wrong offset (found by fuzzing).
			name:  "invalid UTF-8 in the block tag",
			data:  "<ISSUE\xf5\xf5 CATEGORY=\"A\">\nalpha\n</ISSUE>\n",
			finds: []find{{"alpha", []dict.IssueCount{ic("A", 1)}}},
		},
		{
			name: "malformed lines are reported and skipped",
			data: "stray [X]\n" + // 1 outside a block
				"<ISSUE>\n" + // 2 no category
				"orphan [Y]\n" + // 3 still outside a block
				"<ISSUE CATEGORY=\"FARMING\">\n" + // 4
				"barley [GRAIN] [CEREAL]\n" + // 5 two codes
				"oats [GRAIN\n" + // 6 unclosed
				"[GRAIN]\n" + // 7 no phrase
				"rye [GRAIN]\n" + // 8 good
				"wheat [ ]\n" + // 9 empty code
				"</ISSUE>\n",
			finds: []find{{"rye barley oats stray orphan wheat", []dict.IssueCount{ic("GRAIN", 1)}}},
			errs: []wantErr{
				{1, "outside an <ISSUE> block"},
				{2, "without a CATEGORY"},
				{3, "outside an <ISSUE> block"},
				{5, "malformed issue line"},
				{6, "malformed issue line"},
				{7, "has no phrase"},
				{9, "empty code"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is := &dict.Issues{}
			errs := petrarch.ReadIssues(is, "test.issues.txt", tt.data)
			checkErrs(t, "test.issues.txt", errs, tt.errs)
			for _, f := range tt.finds {
				got := is.Find(words(f.text))
				if got == nil {
					got = []dict.IssueCount{}
				}
				if !slices.Equal(got, f.want) {
					t.Errorf("Find(%q) = %v, want %v", f.text, got, f.want)
				}
			}
		})
	}
}

func TestReadIssuesEntry(t *testing.T) {
	is := &dict.Issues{}
	if errs := petrarch.ReadIssues(is, "i.txt", "<ISSUE CATEGORY=\"FARMING\">\n\nn:silo [STORAGE]\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(is.Entries) != 1 {
		t.Fatalf("%d entries", len(is.Entries))
	}
	e := is.Entries[0]
	if e.Category != "FARMING" || e.Code != "STORAGE" || e.Pos.File != "i.txt" || e.Pos.Line != 3 {
		t.Errorf("entry = %+v", e)
	}
	if is.Len() != 2 {
		t.Errorf("%d phrases stored, want 2 (singular and plural)", is.Len())
	}
}

func ic(code string, n int) dict.IssueCount { return dict.IssueCount{Code: code, Count: n} }
