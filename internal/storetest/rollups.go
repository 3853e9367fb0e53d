package storetest

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// RollupChecker is a store that keeps rollups of its events and can check
// them against the events (sqlstore.Store does).
type RollupChecker interface {
	CheckRollups(ctx context.Context) error
}

// monthStories are events spread over month ends and turns of the year,
// with Goldstein values that are not whole numbers, a code outside CAMEO,
// an event without a date and one without a target: the cases where
// counts kept apart from the events could drift from them.
func monthStories() []dyad.CodedArticle {
	m := func(sentence, src, verb, tgt, srcCode, tgtCode, code string) mention {
		return mention{sentence, src, verb, tgt, srcCode, tgtCode, code}
	}
	undated := story("month-undated", "http://news.example/undated", "2007-01-01",
		"Syria welcomed the Turkish envoy. Syria asked Turkey for water.",
		m("Syria welcomed the Turkish envoy.", "Syria", "welcomed", "Turkish envoy", "SYR", "TURGOV", "018"),
		m("Syria asked Turkey for water.", "Syria", "asked", "Turkey", "SYR", "TUR", "0233"))
	for i := range undated.Events {
		undated.Events[i].Date = 0
	}
	return []dyad.CodedArticle{
		story("month-oct", "http://news.example/2007/10/31", "2007-10-31",
			"Iran appealed to Iraq. Iraqi police arrested Iranian pilgrims.",
			m("Iran appealed to Iraq.", "Iran", "appealed", "Iraq", "IRN", "IRQ", "021"),
			m("Iraqi police arrested Iranian pilgrims.", "Iraqi police", "arrested", "Iranian pilgrims", "IRQCOP", "IRNCVL", "173")),
		story("month-nov-first", "http://news.example/2007/11/01", "2007-11-01",
			"Iran made an optimistic comment on Iraq. Iran signed a pact with Iraq.",
			m("Iran made an optimistic comment on Iraq.", "Iran", "made", "Iraq", "IRN", "IRQ", "013"),
			m("Iran signed a pact with Iraq.", "Iran", "signed", "Iraq", "IRN", "IRQ", "057")),
		story("month-nov-last", "http://news.example/2007/11/30", "2007-11-30",
			"Iraq declined to comment on Iran. Protesters marched in Baghdad.",
			m("Iraq declined to comment on Iran.", "Iraq", "declined", "Iran", "IRQGOV", "IRN", "012"),
			m("Protesters marched in Baghdad.", "Protesters", "marched", "", "IRQOPP", "", "141")),
		story("month-dec", "http://news.example/2007/12/01", "2007-12-01",
			"Iran threatened Iraq with sanctions. Iran coded something unknown about Iraq.",
			m("Iran threatened Iraq with sanctions.", "Iran", "threatened", "Iraq", "IRN", "IRQ", "1312"),
			m("Iran coded something unknown about Iraq.", "Iran", "coded", "Iraq", "IRN", "IRQ", "999")),
		story("month-leap", "http://news.example/2008/02/29", "2008-02-29",
			"Iraq hosted Iranian ministers.",
			m("Iraq hosted Iranian ministers.", "Iraq", "hosted", "Iranian ministers", "IRQGOV", "IRNGOV", "042")),
		undated,
	}
}

func testRollups(t *testing.T, s dyad.Store) {
	ctx := context.Background()
	step := func(what string) {
		t.Helper()
		checkViews(t, s, what)
		if c, ok := s.(RollupChecker); ok {
			if err := c.CheckRollups(ctx); err != nil {
				t.Errorf("after %s: %v", what, err)
			}
		}
	}
	step("nothing stored")
	stories := append(Stories(), monthStories()...)
	res := put(t, s, stories, false)
	step("ingest")

	// The same articles again, some twice in one batch: nothing changes.
	put(t, s, append(monthStories(), monthStories()...), false)
	step("a duplicate ingest")

	// A failed batch leaves no trace.
	if _, err := s.PutArticles(ctx, []dyad.CodedArticle{monthStories()[0], {}}, true); err == nil {
		t.Fatal("a batch with a nil article was stored")
	}
	step("a failed batch")

	// Recoded: one article with other events, one with none, one twice
	// in one batch.
	moved := monthStories()[1]
	moved.Events = moved.Events[:1]
	moved.Events[0].Date, moved.Events[0].Code = 20080101, "190"
	emptied := monthStories()[3]
	emptied.Events = nil
	twice := monthStories()[4]
	again := monthStories()[4]
	again.Events = append(again.Events, again.Events[0])
	again.Events[1].Code = "0233"
	put(t, s, []dyad.CodedArticle{moved, emptied, twice, again}, true)
	step("recoding")

	for _, r := range res[len(res)-3:] {
		if err := s.DeleteArticle(ctx, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	step("deleting")

	// Put back, in a new batch of its own.
	put(t, s, monthStories(), false)
	step("storing the deleted articles again")
}

// checkViews compares the aggregates, networks and maps of some filters
// with the same views computed here from the events the store lists.
func checkViews(t *testing.T, s dyad.Store, when string) {
	t.Helper()
	ctx := context.Background()
	filters := []dyad.EventFilter{
		{},
		{Quad: dyad.VerbalCooperation},
		{Quad: dyad.MaterialConflict},
		{Root: "01"},
		{Code: "1"},
		{Code: "13", Quad: dyad.VerbalConflict},
		{From: 20071101},
		{From: 20071102},
		{To: 20071130},
		{To: 20071129},
		{From: 20071101, To: 20071130},
		{From: 20071031, To: 20071201},
		{From: 20071117, To: 20071120},
		{From: 20071130, To: 20071201},
		{From: 20071001, To: 20080229},
		{From: 20071201, To: 20081231, Quad: dyad.VerbalConflict},
	}
	for _, f := range filters {
		events := all(t, s, f)
		name := fmt.Sprintf("%s: %+v", when, f)
		for _, iv := range []dyad.Interval{dyad.Day, dyad.Week, dyad.Month} {
			got, err := s.Aggregate(ctx, f, iv)
			if err != nil {
				t.Fatalf("%s: Aggregate: %v", name, err)
			}
			if want := aggregateOf(events, iv); !slices.Equal(got, want) {
				t.Errorf("%s: Aggregate per %s:\ngot  %+v\nwant %+v", name, iv, got, want)
			}
		}
		if f.Code != "" || f.Root != "" {
			continue // the rollup of months has no codes
		}
		f.Limit = 3
		got, err := s.Dyads(ctx, f, true)
		if err != nil {
			t.Fatalf("%s: Dyads: %v", name, err)
		}
		if want := dyadsOf(events, 3); !slices.Equal(got, want) {
			t.Errorf("%s: Dyads:\ngot  %+v\nwant %+v", name, got, want)
		}
		countries, err := s.Countries(ctx, f)
		if err != nil {
			t.Fatalf("%s: Countries: %v", name, err)
		}
		if want := countriesOf(events); !slices.Equal(countries, want) {
			t.Errorf("%s: Countries:\ngot  %+v\nwant %+v", name, countries, want)
		}
	}
}

func thousandths(g float64) int64 { return int64(math.Round(g * 1000)) }

func aggregateOf(events []dyad.StoredEvent, iv dyad.Interval) []dyad.Bucket {
	type key struct {
		date dyad.Date
		quad dyad.QuadClass
	}
	n, g := map[key]int{}, map[key]int64{}
	for _, e := range events {
		k := key{e.Date, e.Quad}
		n[k]++
		g[k] += thousandths(e.Goldstein)
	}
	var days []dyad.DayCount
	for k := range n {
		days = append(days, dyad.DayCount{Date: k.date, Quad: k.quad, Events: n[k], Goldstein: float64(g[k]) / 1000})
	}
	slices.SortFunc(days, func(a, b dyad.DayCount) int {
		if a.Date != b.Date {
			return int(a.Date) - int(b.Date)
		}
		return int(a.Quad) - int(b.Quad)
	})
	return dyad.Rollup(days, iv)
}

func country(code string) string { return code[:min(3, len(code))] }

func dyadsOf(events []dyad.StoredEvent, limit int) []dyad.DyadCount {
	counts := map[[2]string]*dyad.DyadCount{}
	sums := map[[2]string]int64{}
	for _, e := range events {
		k := [2]string{country(e.Source), country(e.Target)}
		if k[0] == "" || k[1] == "" {
			continue
		}
		d := counts[k]
		if d == nil {
			d = &dyad.DyadCount{Source: k[0], Target: k[1]}
			counts[k] = d
		}
		d.Events++
		sums[k] += thousandths(e.Goldstein)
		if e.Quad > 0 {
			d.ByQuad[e.Quad-1]++
		}
	}
	var out []dyad.DyadCount
	for k, d := range counts {
		d.Goldstein = float64(sums[k]) / 1000
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b dyad.DyadCount) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		return strings.Compare(a.Source+" "+a.Target, b.Source+" "+b.Target)
	})
	return out[:min(limit, len(out))]
}

func countriesOf(events []dyad.StoredEvent) []dyad.CountryCount {
	counts := map[string]int{}
	for _, e := range events {
		src, tgt := country(e.Source), country(e.Target)
		if src != "" {
			counts[src]++
		}
		if tgt != "" && tgt != src {
			counts[tgt]++
		}
	}
	out := []dyad.CountryCount{}
	for c, n := range counts {
		out = append(out, dyad.CountryCount{Country: c, Events: n})
	}
	slices.SortFunc(out, func(a, b dyad.CountryCount) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		return strings.Compare(a.Country, b.Country)
	})
	return out
}
