// Package storetest is the conformance suite of dyad.Store: every store
// (sqlite, postgres) runs it, so that they behave alike.
package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
)

// Opener returns a new, empty store for one test; it closes the store when
// the test ends.
type Opener func(t *testing.T) dyad.Store

// Run runs the suite against stores from open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, dyad.Store)
	}{
		{"PutIsIdempotent", testPutIsIdempotent},
		{"Recode", testRecode},
		{"BatchIsAtomic", testBatchIsAtomic},
		{"Filters", testFilters},
		{"Paging", testPaging},
		{"Aggregate", testAggregate},
		{"Deduplicated", testDeduplicated},
		{"DyadsAndCountries", testDyadsAndCountries},
		{"Article", testArticle},
		{"FindArticles", testFindArticles},
		{"Delete", testDelete},
		{"Invalid", testInvalid},
		{"Rollups", testRollups},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

func put(t *testing.T, s dyad.Store, batch []dyad.CodedArticle, recode bool) []dyad.PutResult {
	t.Helper()
	res, err := s.PutArticles(context.Background(), batch, recode)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	return res
}

func all(t *testing.T, s dyad.Store, f dyad.EventFilter) []dyad.StoredEvent {
	t.Helper()
	f.Limit = dyad.MaxLimit
	p, err := s.FindEvents(context.Background(), f)
	if err != nil {
		t.Fatalf("FindEvents(%+v): %v", f, err)
	}
	return p.Events
}

func statuses(res []dyad.PutResult) []dyad.PutStatus {
	var out []dyad.PutStatus
	for _, r := range res {
		out = append(out, r.Status)
	}
	return out
}

func testPutIsIdempotent(t *testing.T, s dyad.Store) {
	stories := Stories()
	res := put(t, s, stories, false)
	for i, r := range res {
		if r.Status != dyad.Added || r.Events != len(stories[i].Events) || r.ID == 0 {
			t.Errorf("story %d: %+v", i, r)
		}
	}
	before := all(t, s, dyad.EventFilter{})
	if len(before) != 8 {
		t.Fatalf("stored %d events, want 8", len(before))
	}

	// The same stories again, and copies that differ only in URL form,
	// whitespace and case, or that share a URL but not the text.
	again := Stories()
	sameText := Stories()[2]
	a := *sameText.Article
	a.ID, a.Text = "copy", "the U.S. MILITARY released nine  Iranian\nprisoners held in Iraq"
	sameURL := Stories()[0]
	b := *sameURL.Article
	b.ID, b.URL, b.Text = "updated", "HTTP://NEWS.example/2007/11/17/accuse/#top", "A different text at the same address."
	again = append(again, dyad.CodedArticle{Article: &a, Events: sameText.Events}, dyad.CodedArticle{Article: &b})
	res2 := put(t, s, again, false)
	for i, r := range res2 {
		if r.Status != dyad.Unchanged {
			t.Errorf("again %d: status %v, want unchanged", i, r.Status)
		}
		if i < len(res) && (r.ID != res[i].ID || r.Events != res[i].Events) {
			t.Errorf("again %d: %+v, first time %+v", i, r, res[i])
		}
	}
	if after := all(t, s, dyad.EventFilter{}); !slices.EqualFunc(before, after, func(x, y dyad.StoredEvent) bool { return x.ID == y.ID }) {
		t.Errorf("events changed: %d before, %d after", len(before), len(after))
	}
	if id, found, err := s.LookupArticle(context.Background(), &a); err != nil || !found || id != res[2].ID {
		t.Errorf("LookupArticle(same text) = %d, %v, %v; want %d", id, found, err, res[2].ID)
	}
	if _, found, _ := s.LookupArticle(context.Background(), &dyad.Article{Text: "never stored"}); found {
		t.Error("LookupArticle found an article never stored")
	}

	// Two copies inside one batch: the second is unchanged.
	st := story("twin", "", "2008-01-02", "Russia praised Iran.", mention{"Russia praised Iran.", "Russia", "praised", "Iran", "RUS", "IRN", "051"})
	twin := st
	twin.Article = &dyad.Article{ID: "twin2", Text: "russia praised   iran", Published: st.Article.Published}
	if got := statuses(put(t, s, []dyad.CodedArticle{st, twin}, false)); !slices.Equal(got, []dyad.PutStatus{dyad.Added, dyad.Unchanged}) {
		t.Errorf("twins in one batch: %v", got)
	}
}

func testRecode(t *testing.T, s dyad.Store) {
	res := put(t, s, Stories(), false)
	old := all(t, s, dyad.EventFilter{Doc: "wire-talks"})
	if len(old) != 3 {
		t.Fatalf("wire-talks has %d events, want 3", len(old))
	}
	re := Stories()[1]
	re.Events = re.Events[2:] // new dictionaries find one event only
	re.Events[0].Code = "040"
	got := put(t, s, []dyad.CodedArticle{re}, true)
	if got[0].Status != dyad.Recoded || got[0].ID != res[1].ID || got[0].Events != 1 {
		t.Errorf("recode: %+v", got[0])
	}
	now := all(t, s, dyad.EventFilter{Doc: "wire-talks"})
	if len(now) != 1 || now[0].Code != "040" || now[0].Article != res[1].ID || now[0].Quad != dyad.VerbalCooperation {
		t.Errorf("after recode: %+v", now)
	}
	if n := len(all(t, s, dyad.EventFilter{})); n != 6 {
		t.Errorf("%d events in all after recode, want 6", n)
	}
}

func testBatchIsAtomic(t *testing.T, s dyad.Store) {
	batch := Stories()[:2]
	batch = append(batch, dyad.CodedArticle{}) // a nil article fails the batch
	if _, err := s.PutArticles(context.Background(), batch, false); err == nil {
		t.Fatal("a batch with a nil article was stored")
	}
	if n := len(all(t, s, dyad.EventFilter{})); n != 0 {
		t.Errorf("a failed batch left %d events", n)
	}
	if arts, _, _ := s.FindArticles(context.Background(), dyad.ArticleFilter{}); len(arts) != 0 {
		t.Errorf("a failed batch left %d articles", len(arts))
	}
}

func testFilters(t *testing.T, s dyad.Store) {
	put(t, s, Stories(), false)
	tests := []struct {
		name string
		f    dyad.EventFilter
		want []string // source>target:code, newest first
	}{
		{"all", dyad.EventFilter{}, []string{"ISRMIL>PSE:190", "USAGOV>IRNGOV:046", "IRQGOV>USA:020", "IRQGOV>IRN:020", "USA>IRN:112", "IRN>USA:112", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"source prefix", dyad.EventFilter{Source: "USA"}, []string{"USAGOV>IRNGOV:046", "USA>IRN:112", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"source code", dyad.EventFilter{Source: "USAMIL"}, []string{"USAMIL>IRN:0841"}},
		{"target", dyad.EventFilter{Target: "USA"}, []string{"IRQGOV>USA:020", "IRN>USA:112"}},
		{"dyad", dyad.EventFilter{Source: "USA", Target: "IRN"}, []string{"USAGOV>IRNGOV:046", "USA>IRN:112", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"dyad both ways", dyad.EventFilter{Source: "IRN", Target: "USA", BothWays: true}, []string{"USAGOV>IRNGOV:046", "USA>IRN:112", "IRN>USA:112", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"actor", dyad.EventFilter{Actor: "IRQ"}, []string{"IRQGOV>USA:020", "IRQGOV>IRN:020"}},
		{"code prefix", dyad.EventFilter{Code: "084"}, []string{"USAMIL>IRN:0841"}},
		{"root", dyad.EventFilter{Root: "11"}, []string{"USA>IRN:112", "IRN>USA:112", "USA>IRN:112"}},
		{"quad", dyad.EventFilter{Quad: dyad.MaterialConflict}, []string{"ISRMIL>PSE:190"}},
		{"plover", dyad.EventFilter{PLOVER: "CONSULT"}, []string{"USAGOV>IRNGOV:046"}},
		{"from", dyad.EventFilter{From: 20071120}, []string{"ISRMIL>PSE:190", "USAGOV>IRNGOV:046", "IRQGOV>USA:020", "IRQGOV>IRN:020"}},
		{"to", dyad.EventFilter{To: 20071117}, []string{"USA>IRN:112", "IRN>USA:112", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"day", dyad.EventFilter{From: 20071105, To: 20071105}, []string{"USAMIL>IRN:0841"}},
		{"text", dyad.EventFilter{Query: "militias"}, []string{"USA>IRN:112", "USA>IRN:112"}},
		{"text stemmed and cased", dyad.EventFilter{Query: "Prisoner"}, []string{"USAMIL>IRN:0841"}},
		{"text all words", dyad.EventFilter{Query: "militias shiite"}, []string{"USA>IRN:112"}},
		{"text with syntax", dyad.EventFilter{Query: `"militias"*(`}, []string{"USA>IRN:112", "USA>IRN:112"}},
		{"doc", dyad.EventFilter{Doc: "wire-accuse"}, []string{"IRN>USA:112", "USA>IRN:112"}},
		{"combined", dyad.EventFilter{Source: "USA", Quad: dyad.VerbalConflict, From: 20071101, To: 20071130}, []string{"USA>IRN:112", "USA>IRN:112"}},
		{"actor either side", dyad.EventFilter{Actor: "USA"}, []string{"USAGOV>IRNGOV:046", "IRQGOV>USA:020", "USA>IRN:112", "IRN>USA:112", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"actor code either side", dyad.EventFilter{Actor: "IRNGOV"}, []string{"USAGOV>IRNGOV:046"}},
		{"actor and source", dyad.EventFilter{Actor: "IRN", Source: "IRQ"}, []string{"IRQGOV>IRN:020"}},
		{"actor and dyad both ways", dyad.EventFilter{Actor: "IRQ", Source: "IRN", Target: "USA", BothWays: true}, nil},
		{"actor and dyad both ways, overlapping", dyad.EventFilter{Actor: "USAGOV", Source: "IRN", Target: "USA", BothWays: true}, []string{"USAGOV>IRNGOV:046"}},
		{"dyad both ways, one code inside the other", dyad.EventFilter{Source: "USA", Target: "USAMIL", BothWays: true}, nil},
		{"dyad both ways, prefixes", dyad.EventFilter{Source: "USAGOV", Target: "IRN", BothWays: true}, []string{"USAGOV>IRNGOV:046"}},
		{"one side both ways", dyad.EventFilter{Target: "IRQ", BothWays: true}, []string{"IRQGOV>USA:020", "IRQGOV>IRN:020"}},
		{"dyad both ways with a word", dyad.EventFilter{Source: "IRN", Target: "USA", BothWays: true, Query: "Washington"}, []string{"USA>IRN:112", "USA>IRN:112"}},
		{"actor with a word and a root", dyad.EventFilter{Actor: "IRN", Query: "Iran", Root: "11"}, []string{"USA>IRN:112", "USA>IRN:112"}},
		{"code prefix with a word", dyad.EventFilter{Code: "02", Query: "urges"}, []string{"IRQGOV>USA:020", "IRQGOV>IRN:020"}},
		{"a word and a source", dyad.EventFilter{Source: "USA", Query: "iran"}, []string{"USA>IRN:112", "USA>IRN:112"}},
		{"a word the other way", dyad.EventFilter{Source: "USA", Target: "IRN", BothWays: true, Query: "violence"}, []string{"IRN>USA:112"}},
		{"a word and a target", dyad.EventFilter{Target: "IRN", Query: "Iraq"}, []string{"IRQGOV>IRN:020", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"a word and an actor", dyad.EventFilter{Actor: "USA", Query: "Iraq"}, []string{"IRQGOV>USA:020", "USA>IRN:112", "USAMIL>IRN:0841"}},
		{"a word and a full actor code", dyad.EventFilter{Source: "USAGOV", Query: "Iranian"}, []string{"USAGOV>IRNGOV:046"}},
		{"a word in a dyad one way", dyad.EventFilter{Source: "IRQ", Target: "USA", Query: "talks"}, []string{"IRQGOV>USA:020"}},
		{"a word in a dyad with one side short", dyad.EventFilter{Source: "US", Target: "IRN", BothWays: true, Query: "talks"}, []string{"USAGOV>IRNGOV:046"}},
		{"a word that is a country code", dyad.EventFilter{Query: "IRN"}, nil},
		{"a word that is a dyad", dyad.EventFilter{Source: "USA", Query: "USAIRN"}, nil},
		{"nothing", dyad.EventFilter{Source: "CHN"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range all(t, s, tt.f) {
				got = append(got, e.Source+">"+e.Target+":"+e.Code)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func testPaging(t *testing.T, s dyad.Store) {
	put(t, s, Stories(), false)
	for _, f := range []dyad.EventFilter{{}, {Actor: "USA"}, {Source: "USA", Target: "IRN", BothWays: true}, {Actor: "IRN", Query: "Iran"}} {
		pageThrough(t, s, f)
	}
}

// pageThrough reads f page by page, two events at a time, and compares the
// pages with the events of one query.
func pageThrough(t *testing.T, s dyad.Store, f dyad.EventFilter) {
	t.Helper()
	want := all(t, s, f)
	var got []dyad.StoredEvent
	f.Limit = 2
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("paging does not end")
		}
		p, err := s.FindEvents(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) > 2 {
			t.Fatalf("page of %d events, limit 2", len(p.Events))
		}
		got = append(got, p.Events...)
		if p.Next == "" {
			break
		}
		f.Cursor = p.Next
	}
	if !slices.EqualFunc(got, want, func(x, y dyad.StoredEvent) bool { return x.ID == y.ID }) {
		t.Errorf("%+v: paged %d events, want the %d of one query in the same order", f, len(got), len(want))
	}
}

func testAggregate(t *testing.T, s dyad.Store) {
	put(t, s, Stories(), false)
	tests := []struct {
		name string
		f    dyad.EventFilter
		iv   dyad.Interval
		want []dyad.Bucket
	}{
		{"dyad per week", dyad.EventFilter{Source: "USA", Target: "IRN", BothWays: true}, dyad.Week, []dyad.Bucket{
			{Start: 20071105, Events: 1, Goldstein: 7, ByQuad: [4]int{0, 1, 0, 0}, QuadSum: [4]float64{0, 7, 0, 0}},
			{Start: 20071112, Events: 3, Goldstein: -6, ByQuad: [4]int{0, 0, 3, 0}, QuadSum: [4]float64{0, 0, -6, 0}},
			{Start: 20071119, Events: 1, Goldstein: 7, ByQuad: [4]int{1, 0, 0, 0}, QuadSum: [4]float64{7, 0, 0, 0}},
		}},
		{"all per month", dyad.EventFilter{}, dyad.Month, []dyad.Bucket{
			{Start: 20071101, Events: 7, Goldstein: -6 + 6 + 7 + 7, ByQuad: [4]int{3 + 0, 1, 3, 0}, QuadSum: [4]float64{7 + 3 + 3, 7, -6, 0}},
			{Start: 20071201, Events: 1, Goldstein: -10, ByQuad: [4]int{0, 0, 0, 1}, QuadSum: [4]float64{0, 0, 0, -10}},
		}},
		{"actor per day", dyad.EventFilter{Actor: "IRQ"}, dyad.Day, []dyad.Bucket{
			{Start: 20071120, Events: 2, Goldstein: 6, ByQuad: [4]int{2, 0, 0, 0}, QuadSum: [4]float64{6, 0, 0, 0}},
		}},
		{"actor on both sides of one day", dyad.EventFilter{Actor: "IRN", From: 20071117, To: 20071117}, dyad.Day, []dyad.Bucket{
			{Start: 20071117, Events: 3, Goldstein: -6, ByQuad: [4]int{0, 0, 3, 0}, QuadSum: [4]float64{0, 0, -6, 0}},
		}},
		{"dyad with a word per month", dyad.EventFilter{Source: "USA", Target: "IRN", BothWays: true, Query: "militias"}, dyad.Month, []dyad.Bucket{
			{Start: 20071101, Events: 2, Goldstein: -4, ByQuad: [4]int{0, 0, 2, 0}, QuadSum: [4]float64{0, 0, -4, 0}},
		}},
		{"dyad with a word the other way", dyad.EventFilter{Source: "USA", Target: "IRN", BothWays: true, Query: "violence"}, dyad.Month, []dyad.Bucket{
			{Start: 20071101, Events: 1, Goldstein: -2, ByQuad: [4]int{0, 0, 1, 0}, QuadSum: [4]float64{0, 0, -2, 0}},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Aggregate(context.Background(), tt.f, tt.iv)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
	if _, err := s.Aggregate(context.Background(), dyad.EventFilter{}, "year"); !errors.Is(err, dyad.ErrInvalid) {
		t.Errorf("interval year: %v, want ErrInvalid", err)
	}
}

func testDeduplicated(t *testing.T, s dyad.Store) {
	batch := Stories()
	// The accusation again in the same article: one more mention, no new article.
	batch[0].Events = append(batch[0].Events, batch[0].Events[0])
	put(t, s, batch, false)
	counts, next, err := s.Deduplicated(context.Background(), dyad.EventFilter{Source: "USA", Target: "IRN", Root: "11"})
	if err != nil {
		t.Fatal(err)
	}
	want := []dyad.EventCount{{Date: 20071117, Source: "USA", Target: "IRN", Code: "112", Root: "11", Quad: 3, Goldstein: -2, PLOVER: "ACCUSE", Mentions: 3, Articles: 2}}
	if !slices.Equal(counts, want) || next != "" {
		t.Errorf("got %+v %q\nwant %+v", counts, next, want)
	}
	both, _, err := s.Deduplicated(context.Background(), dyad.EventFilter{Source: "IRN", Target: "USA", BothWays: true, Root: "11"})
	if err != nil {
		t.Fatal(err)
	}
	if len(both) != 2 || both[0].Source != "IRN" || both[0].Mentions != 1 || both[1].Source != "USA" || both[1].Mentions != 3 {
		t.Errorf("both ways: %+v", both)
	}
	// Paging through the whole view gives each group once, in order, with
	// pages small enough that a page is taken from the newest days first.
	for _, limit := range []int{1, 3} {
		var groups []dyad.EventCount
		f := dyad.EventFilter{Limit: limit}
		for {
			page, next, err := s.Deduplicated(context.Background(), f)
			if err != nil {
				t.Fatal(err)
			}
			groups = append(groups, page...)
			if next == "" {
				break
			}
			f.Cursor = next
		}
		mentions := 0
		for i, g := range groups {
			mentions += g.Mentions
			if i > 0 && g.Date > groups[i-1].Date {
				t.Errorf("limit %d: group %d (%s) is newer than the one before", limit, i, g.Date)
			}
		}
		if len(groups) != 7 || mentions != 9 {
			t.Errorf("limit %d: %d groups with %d mentions, want 7 with 9", limit, len(groups), mentions)
		}
	}
}

func testDyadsAndCountries(t *testing.T, s dyad.Store) {
	put(t, s, Stories(), false)
	dyads, err := s.Dyads(context.Background(), dyad.EventFilter{Limit: 2}, true)
	if err != nil {
		t.Fatal(err)
	}
	want := []dyad.DyadCount{
		{Source: "USA", Target: "IRN", Events: 4, Goldstein: 7 + 7 - 4, ByQuad: [4]int{1, 1, 2, 0}},
		{Source: "IRN", Target: "USA", Events: 1, Goldstein: -2, ByQuad: [4]int{0, 0, 1, 0}},
	}
	if !slices.Equal(dyads, want) {
		t.Errorf("dyads by country:\ngot  %+v\nwant %+v", dyads, want)
	}
	full, err := s.Dyads(context.Background(), dyad.EventFilter{Source: "USA"}, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(full) != 3 || full[0] != (dyad.DyadCount{Source: "USA", Target: "IRN", Events: 2, Goldstein: -4, ByQuad: [4]int{0, 0, 2, 0}}) {
		t.Errorf("dyads of USA: %+v", full)
	}
	countries, err := s.Countries(context.Background(), dyad.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	wantC := []dyad.CountryCount{{Country: "IRN", Events: 6}, {Country: "USA", Events: 6}, {Country: "IRQ", Events: 2}, {Country: "ISR", Events: 1}, {Country: "PSE", Events: 1}}
	if !slices.Equal(countries, wantC) {
		t.Errorf("countries:\ngot  %+v\nwant %+v", countries, wantC)
	}
	ofIraq, err := s.Countries(context.Background(), dyad.EventFilter{Actor: "IRQ"})
	if want := []dyad.CountryCount{{Country: "IRQ", Events: 2}, {Country: "IRN", Events: 1}, {Country: "USA", Events: 1}}; err != nil || !slices.Equal(ofIraq, want) {
		t.Errorf("countries of Iraq's events: %+v, %v; want %+v", ofIraq, err, want)
	}
	usIran, err := s.Dyads(context.Background(), dyad.EventFilter{Source: "USA", Target: "IRN", BothWays: true}, true)
	if want := []dyad.DyadCount{
		{Source: "USA", Target: "IRN", Events: 4, Goldstein: 7 + 7 - 4, ByQuad: [4]int{1, 1, 2, 0}},
		{Source: "IRN", Target: "USA", Events: 1, Goldstein: -2, ByQuad: [4]int{0, 0, 1, 0}},
	}; err != nil || !slices.Equal(usIran, want) {
		t.Errorf("dyads both ways: %+v, %v; want %+v", usIran, err, want)
	}
}

func testArticle(t *testing.T, s dyad.Store) {
	stories := Stories()
	res := put(t, s, stories, false)
	a, err := s.Article(context.Background(), res[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	in := stories[1].Article
	if a.Article.ID != in.ID || a.Article.Text != in.Text || a.Article.URL != in.URL || !a.Article.Published.Equal(in.Published) || a.Article.Title != in.Title {
		t.Errorf("article %+v, stored %+v", a.Article, in)
	}
	if a.Key != dyad.ContentKey(in.Text) || a.Ingested.IsZero() {
		t.Errorf("key %q ingested %v", a.Key, a.Ingested)
	}
	if len(a.Events) != 3 {
		t.Fatalf("%d events, want 3", len(a.Events))
	}
	for i, e := range a.Events {
		w := stories[1].Events[i]
		if e.Doc != in.ID || e.SourceSpan != w.SourceSpan || e.VerbSpan != w.VerbSpan || e.TargetSpan != w.TargetSpan {
			t.Errorf("event %d: %+v", i, e)
		}
		if got := e.VerbSpan.Of(a.Article.Text); got != w.VerbText {
			t.Errorf("event %d: verb span gives %q, want %q", i, got, w.VerbText)
		}
		if got := e.SentenceSpan.Of(a.Article.Text); got != e.Text {
			t.Errorf("event %d: sentence span gives %q", i, got)
		}
	}
	if _, err := s.Article(context.Background(), 999999); !errors.Is(err, dyad.ErrNotFound) {
		t.Errorf("missing article: %v", err)
	}
}

func testFindArticles(t *testing.T, s dyad.Store) {
	put(t, s, Stories(), false)
	list, next, err := s.FindArticles(context.Background(), dyad.ArticleFilter{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 || next == "" || list[0].Doc != "wire-strike" || list[0].Events != 1 {
		t.Errorf("first page %+v next %q", list, next)
	}
	rest, next2, err := s.FindArticles(context.Background(), dyad.ArticleFilter{Limit: 3, Cursor: next})
	if err != nil || len(rest) != 2 || next2 != "" {
		t.Errorf("second page %+v %q %v", rest, next2, err)
	}
	found, _, err := s.FindArticles(context.Background(), dyad.ArticleFilter{Query: "prisoners"})
	if err != nil || len(found) != 1 || found[0].Doc != "wire-release" {
		t.Errorf("search: %+v %v", found, err)
	}
}

func testDelete(t *testing.T, s dyad.Store) {
	res := put(t, s, Stories(), false)
	ctx := context.Background()
	if err := s.DeleteArticle(ctx, res[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Article(ctx, res[0].ID); !errors.Is(err, dyad.ErrNotFound) {
		t.Errorf("deleted article: %v", err)
	}
	if n := len(all(t, s, dyad.EventFilter{Doc: "wire-accuse"})); n != 0 {
		t.Errorf("%d events of the deleted article remain", n)
	}
	if n := len(all(t, s, dyad.EventFilter{Query: "Tehran"})); n != 0 {
		t.Errorf("search still finds %d events of the deleted article", n)
	}
	if err := s.DeleteArticle(ctx, res[0].ID); !errors.Is(err, dyad.ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	// The article can come back.
	if got := put(t, s, Stories()[:1], false); got[0].Status != dyad.Added {
		t.Errorf("re-adding: %v", got[0].Status)
	}
}

func testInvalid(t *testing.T, s dyad.Store) {
	put(t, s, Stories(), false)
	ctx := context.Background()
	for _, f := range []dyad.EventFilter{
		{Source: "usa"}, {Source: "U'SA"}, {Code: "1a"}, {Root: "1"}, {Quad: 5}, {Limit: dyad.MaxLimit + 1},
		{From: 20071131}, {From: 20071201, To: 20071101}, {Cursor: "nonsense"}, {Cursor: "WyJhIl0"}, {Query: "!!!"}, {PLOVER: "accuse"},
	} {
		if _, err := s.FindEvents(ctx, f); !errors.Is(err, dyad.ErrInvalid) {
			t.Errorf("FindEvents(%+v): %v, want ErrInvalid", f, err)
		}
	}
	if _, _, err := s.Deduplicated(ctx, dyad.EventFilter{Cursor: "xx"}); !errors.Is(err, dyad.ErrInvalid) {
		t.Errorf("Deduplicated with bad cursor: %v", err)
	}
	if _, _, err := s.FindArticles(ctx, dyad.ArticleFilter{Cursor: "xx"}); !errors.Is(err, dyad.ErrInvalid) {
		t.Errorf("FindArticles with bad cursor: %v", err)
	}
}
