// Package storebench is the load benchmark of dyad.Store: generated news
// (articles and events with the skew of real event data) and the queries
// the API and the dashboard make, timed one by one so that a benchmark
// reports their percentiles. The sqlite and postgres packages run it
// against a million events.
package storebench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// The load benchmarks run on generated news: countries drawn with a
// Zipf-like skew (a few actors dominate real event data), agents, CAMEO codes
// from the whole table, ten years of dates, and sentences of ordinary words
// so that text search has work to do.

var (
	benchCountries = []string{"USA", "IRQ", "IRN", "ISR", "PSE", "RUS", "UKR", "CHN", "AFG", "PAK", "SYR", "TUR", "GBR", "FRA", "DEU",
		"IND", "SAU", "EGY", "LBN", "JPN", "PRK", "KOR", "NGA", "SDN", "SOM", "YEM", "LBY", "MEX", "COL", "VEN", "BRA", "ZAF", "KEN",
		"ETH", "IDN", "PHL", "THA", "MMR", "IRL", "ITA", "ESP", "POL", "GEO", "ARM", "AZE", "KAZ", "UZB", "CUB", "CAN", "AUS"}
	benchAgents = []string{"", "GOV", "GOV", "MIL", "REB", "OPP", "COP", "BUS", "MED", "CVL"}
	benchWords  = strings.Fields("officials said talks border troops minister president rebels police protest aid agreement ceasefire " +
		"election sanctions attack meeting envoy refugees militia oil gas trade nuclear security visit statement capital army " +
		"government opposition leaders court prisoners release visit summit accord violence bombing")
)

// Gen generates articles and their events.
type Gen struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	codes []dyad.EventCode
	n     int
}

// NewGen returns a generator; the same seed gives the same articles.
func NewGen(seed uint64) *Gen {
	r := rand.New(rand.NewPCG(seed, 7))
	return &Gen{r: r, zipf: rand.NewZipf(r, 1.1, 2, uint64(len(benchCountries)-1)), codes: dyad.EventCodes()}
}

func (g *Gen) actor() string {
	return benchCountries[g.zipf.Uint64()] + benchAgents[g.r.IntN(len(benchAgents))]
}

// Article returns a generated article of k events.
func (g *Gen) Article(k int) dyad.CodedArticle {
	g.n++
	date := dyad.DateOf(time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(3650)))
	var text strings.Builder
	events := make([]dyad.Event, 0, k)
	for j := range k {
		src, tgt := g.actor(), g.actor()
		code := g.codes[g.r.IntN(len(g.codes))]
		start := text.Len()
		fmt.Fprintf(&text, "%s %s ", src, "urged")
		verb := dyad.Span{Start: start + len(src) + 1, End: start + len(src) + 6}
		tstart := text.Len()
		text.WriteString(tgt)
		for range 12 {
			text.WriteString(" " + benchWords[g.r.IntN(len(benchWords))])
		}
		fmt.Fprintf(&text, " in report %d.", g.n)
		sentence := text.String()[start:]
		text.WriteString(" ")
		events = append(events, dyad.Event{
			Date: date, Source: src, Target: tgt, Code: code.Code, Sentence: j, Text: sentence,
			SourceText: src, VerbText: "urged", TargetText: tgt,
			SourceSpan: dyad.Span{Start: start, End: start + len(src)}, VerbSpan: verb, TargetSpan: dyad.Span{Start: tstart, End: tstart + len(tgt)},
			Pattern: "bench",
		})
	}
	a := &dyad.Article{ID: fmt.Sprint("bench-", g.n), Published: date.Time(), URL: fmt.Sprintf("https://bench.example/%d", g.n), Text: text.String()}
	for i := range events {
		events[i].Doc = a.ID
	}
	return dyad.CodedArticle{Article: a, Events: events}
}

// NewGenAfter returns a generator whose articles are numbered after the
// first stored ones (as Fill stores them), so that a database holding those
// takes them as new articles rather than copies.
func NewGenAfter(seed uint64, stored int) *Gen {
	g := NewGen(seed)
	g.n = stored
	return g
}

// Batch returns n generated articles of k events each.
func (g *Gen) Batch(n, k int) []dyad.CodedArticle {
	batch := make([]dyad.CodedArticle, n)
	for i := range batch {
		batch[i] = g.Article(k)
	}
	return batch
}

// Fill stores generated articles of 10 events in s, 64 to a transaction,
// until it holds at least n events (counting the ones it has).
func Fill(ctx context.Context, s dyad.Store, have, n int) error {
	g := NewGen(42)
	for stored := have; stored < n; stored += 640 {
		if _, err := s.PutArticles(ctx, g.Batch(64, 10), false); err != nil {
			return err
		}
	}
	return nil
}

// Queries runs the queries the API and the dashboard make against s, with
// random parameters, each as a sub-benchmark that reports the 99th and
// 50th percentiles of its latency.
func Queries(b *testing.B, db dyad.Store) {
	r := rand.New(rand.NewPCG(3, 4))
	g := NewGen(9)
	country := func() string { return benchCountries[g.zipf.Uint64()] }
	year := func() (dyad.Date, dyad.Date) {
		y := 2010 + r.IntN(10)
		return dyad.Date(y*10000 + 101), dyad.Date(y*10000 + 1231)
	}
	queries := []struct {
		name string
		run  func(ctx context.Context) error
	}{
		{"events/all", func(ctx context.Context) error {
			_, err := db.FindEvents(ctx, dyad.EventFilter{})
			return err
		}},
		{"events/dyad", func(ctx context.Context) error {
			_, err := db.FindEvents(ctx, dyad.EventFilter{Source: country(), Target: country(), BothWays: true})
			return err
		}},
		{"events/actor-year", func(ctx context.Context) error {
			from, to := year()
			_, err := db.FindEvents(ctx, dyad.EventFilter{Actor: country(), From: from, To: to})
			return err
		}},
		{"events/source-root-quad", func(ctx context.Context) error {
			c := dyad.EventCodes()[r.IntN(311)]
			_, err := db.FindEvents(ctx, dyad.EventFilter{Source: country(), Root: c.Root, Quad: c.Quad})
			return err
		}},
		{"events/plover-month", func(ctx context.Context) error {
			from, _ := year()
			_, err := db.FindEvents(ctx, dyad.EventFilter{PLOVER: "ASSAULT", From: from, To: from + 30})
			return err
		}},
		{"events/text-rare-word", func(ctx context.Context) error {
			// Each generated article has its own report number: a word
			// found in one article, as most names and places are.
			_, err := db.FindEvents(ctx, dyad.EventFilter{Query: fmt.Sprint(1 + r.IntN(100_000))})
			return err
		}},
		{"events/text-common-word-dyad", func(ctx context.Context) error {
			// A word in a quarter of all sentences: the worst case.
			_, err := db.FindEvents(ctx, dyad.EventFilter{Query: benchWords[r.IntN(len(benchWords))], Source: country(), Target: country()})
			return err
		}},
		{"events/actor", func(ctx context.Context) error {
			_, err := db.FindEvents(ctx, dyad.EventFilter{Actor: country()})
			return err
		}},
		{"events/text-common-word", func(ctx context.Context) error {
			_, err := db.FindEvents(ctx, dyad.EventFilter{Query: benchWords[r.IntN(len(benchWords))]})
			return err
		}},
		{"events/text-three-words-source", func(ctx context.Context) error {
			// Three common words together are in one sentence in a
			// hundred or so: the words neither rare nor common.
			q := fmt.Sprint(benchWords[r.IntN(len(benchWords))], " ", benchWords[r.IntN(len(benchWords))], " ", benchWords[r.IntN(len(benchWords))])
			_, err := db.FindEvents(ctx, dyad.EventFilter{Query: q, Source: country()})
			return err
		}},
		{"events/page-5", func(ctx context.Context) error {
			f := dyad.EventFilter{Source: country()}
			for range 5 {
				p, err := db.FindEvents(ctx, f)
				if err != nil || p.Next == "" {
					return err
				}
				f.Cursor = p.Next
			}
			return nil
		}},
		{"daily/dyad", func(ctx context.Context) error {
			_, err := db.Aggregate(ctx, dyad.EventFilter{Source: country(), Target: country(), BothWays: true}, dyad.Day)
			return err
		}},
		{"daily/actor-year", func(ctx context.Context) error {
			from, to := year()
			_, err := db.Aggregate(ctx, dyad.EventFilter{Actor: country(), From: from, To: to}, dyad.Day)
			return err
		}},
		{"daily/source-root", func(ctx context.Context) error {
			_, err := db.Aggregate(ctx, dyad.EventFilter{Source: country(), Root: fmt.Sprintf("%02d", 1+r.IntN(20))}, dyad.Day)
			return err
		}},
		{"weekly/dyad", func(ctx context.Context) error {
			_, err := db.Aggregate(ctx, dyad.EventFilter{Source: country(), Target: country(), BothWays: true}, dyad.Week)
			return err
		}},
		{"daily/dyad-common-word", func(ctx context.Context) error {
			_, err := db.Aggregate(ctx, dyad.EventFilter{Source: country(), Target: country(), BothWays: true, Query: benchWords[r.IntN(len(benchWords))]}, dyad.Day)
			return err
		}},
		{"dedup/dyad", func(ctx context.Context) error {
			_, _, err := db.Deduplicated(ctx, dyad.EventFilter{Source: country(), Target: country(), BothWays: true})
			return err
		}},
		{"network/actor-year", func(ctx context.Context) error {
			from, to := year()
			_, err := db.Dyads(ctx, dyad.EventFilter{Actor: country(), From: from, To: to, Limit: 80}, true)
			return err
		}},
		{"map/year", func(ctx context.Context) error {
			from, to := year()
			_, err := db.Countries(ctx, dyad.EventFilter{From: from, To: to})
			return err
		}},
		// The dashboard's first view, with no filter: every event is read.
		{"weekly/all", func(ctx context.Context) error {
			_, err := db.Aggregate(ctx, dyad.EventFilter{}, dyad.Week)
			return err
		}},
		{"network/all", func(ctx context.Context) error {
			_, err := db.Dyads(ctx, dyad.EventFilter{Limit: 80}, true)
			return err
		}},
		{"map/all", func(ctx context.Context) error {
			_, err := db.Countries(ctx, dyad.EventFilter{})
			return err
		}},
		{"articles/rare-word", func(ctx context.Context) error {
			_, _, err := db.FindArticles(ctx, dyad.ArticleFilter{Query: fmt.Sprint(1 + r.IntN(100_000))})
			return err
		}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			var times []time.Duration
			for b.Loop() {
				start := time.Now()
				if err := q.run(context.Background()); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
		})
	}
}
