package standard_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/plover"
	"github.com/dyadproject/dyad/reader"
	"github.com/dyadproject/dyad/standard"
	"github.com/dyadproject/dyad/wire"
)

// newPipeline returns the standard pipeline, built once for all tests.
var newPipeline = sync.OnceValues(func() (*standard.Pipeline, error) {
	p, errs, err := standard.New("", 0)
	if err == nil && len(errs) > 0 {
		err = errs.Err()
	}
	return p, err
})

func pipeline(tb testing.TB) *standard.Pipeline {
	tb.Helper()
	p, err := newPipeline()
	if err != nil {
		tb.Fatal(err)
	}
	return p
}

// sample reads the wire stories of testdata/sample.
func sample(tb testing.TB) []*dyad.Article {
	tb.Helper()
	files, err := filepath.Glob("../testdata/sample/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no sample stories: %v", err)
	}
	var out []*dyad.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := wire.Parse(string(b))
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		a.ID = strings.TrimSuffix(filepath.Base(f), ".txt")
		out = append(out, a)
	}
	return out
}

const dated = "Iraq accused Iran of spying on Monday."

func TestCodeBadInput(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name    string
		text    string
		date    dyad.Date // the article's date
		deflt   dyad.Date // the pipeline's default date
		wantErr string    // "" when the article codes
		events  int
	}{
		{"empty", "", 20070101, 0, standard.ErrEmpty.Error(), 0},
		{"only blanks", " \n\t\n ", 20070101, 0, standard.ErrEmpty.Error(), 0},
		{"no date and no default", dated, 0, 0, standard.ErrNoDate.Error(), 0},
		{"no date, coded as of the default", dated, 0, 20200102, "", 1},
		{"invalid UTF-8", "Iraq accused \xff Iran.", 20070101, 0, "not valid UTF-8 (at byte 13)", 0},
		{"10 MB of blanks around a sentence", strings.Repeat(" ", 5<<20) + dated + strings.Repeat("\n", 5<<20), 20070101, 0, "", 1},
		{"no letters at all", strings.Repeat("-- 12 ", 1000), 20070101, 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := *p
			q.DefaultDate = tt.deflt
			a := &dyad.Article{ID: "a", Text: tt.text}
			if tt.date != 0 {
				a.Published = tt.date.Time()
			}
			r, err := q.Code(context.Background(), a)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error %v, want %q", err, tt.wantErr)
			}
			if len(r.Events) != tt.events {
				t.Errorf("%d events, want %d: %v", len(r.Events), tt.events, r.Events)
			}
			for _, e := range r.Events {
				if tt.deflt != 0 && e.Date != tt.deflt {
					t.Errorf("event dated %v, want the default %v", e.Date, tt.deflt)
				}
			}
		})
	}
}

// TestOverlongSentence checks that a sentence too long to analyse at once
// is coded in pieces, with nothing lost.
func TestOverlongSentence(t *testing.T) {
	p := pipeline(t)
	text := dated[:len(dated)-1] + strings.Repeat(" and again", 2000) + "."
	sents := p.Analyze(text)
	if len(sents) < 2 {
		t.Fatalf("%d sentences, want the long one cut", len(sents))
	}
	end := 0
	for _, s := range sents {
		if s.Span.Start < end || s.Span.End-s.Span.Start > standard.MaxSentenceBytes || s.Span.Of(text) != s.Text {
			t.Fatalf("sentence %d: span %v after %d", s.Index, s.Span, end)
		}
		end = s.Span.End
	}
	r, err := p.Code(context.Background(), &dyad.Article{ID: "long", Text: text, Published: dyad.Date(20070101).Time()})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Events) != 1 || r.Events[0].Code[:3] != "112" {
		t.Errorf("events %v, want the accusation", r.Events)
	}
}

// TestProvenance checks that every event of the sample points into its
// article: the spans give the texts, the sentence holds them.
func TestProvenance(t *testing.T) {
	p := pipeline(t)
	n := 0
	for _, a := range sample(t) {
		r, err := p.Code(context.Background(), a)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		if len(r.Errors) > 0 {
			t.Errorf("%s: %v", a.ID, r.Errors)
		}
		for _, e := range r.Events {
			n++
			if e.Doc != a.ID || e.Date == 0 || e.Pattern == "" {
				t.Errorf("%s: event lacks its document, date or pattern: %+v", a.ID, e)
			}
			if _, ok := e.Info(); !ok {
				t.Errorf("%s: %s is not a CAMEO code", a.ID, e.Code)
			}
			for _, x := range []struct {
				name string
				sp   dyad.Span
				text string
			}{{"source", e.SourceSpan, e.SourceText}, {"target", e.TargetSpan, e.TargetText}, {"verb", e.VerbSpan, e.VerbText}} {
				if x.text == "" {
					continue
				}
				if x.sp.Of(a.Text) != x.text || !strings.Contains(e.Text, x.text) {
					t.Errorf("%s: %s span %v gives %q, event says %q in %q", a.ID, x.name, x.sp, x.sp.Of(a.Text), x.text, e.Text)
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d events from the sample", n)
	}
}

// TestPLOVERGold checks the bars on the PLOVER gold sentences (dev half):
// the record's event type among the coded events for 75% of records, its
// source country for 85%.
func TestPLOVERGold(t *testing.T) {
	f, err := os.Open(shared.Path(t, "plover", "PLOVER_GSR_CAMEO.dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := plover.ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline(t)
	rep := plover.Score(context.Background(), records, func(ctx context.Context, r *plover.Record) ([]dyad.Event, error) {
		return p.CodeArticle(ctx, &dyad.Article{ID: r.ID, Text: r.Text, Published: r.Date.Time()})
	})
	typ, src, other := rep.Rates()
	t.Logf("%d records: type %.1f%%, source %.1f%%, %d events of other types", len(records), 100*typ, 100*src, other)
	if typ < 0.75 || src < 0.85 {
		t.Errorf("type %.1f%% (bar 75%%), source %.1f%% (bar 85%%)", 100*typ, 100*src)
	}
}

// sentences counts the sentences of articles.
func sentences(p *standard.Pipeline, as []*dyad.Article) int {
	n := 0
	for _, a := range as {
		n += len(p.Analyze(a.Text))
	}
	return n
}

// corpus is the benchmark's text: the Wikinews stories when the shared
// data is there, else the bundled sample.
func corpus(b *testing.B) []*dyad.Article {
	dir := filepath.Join(shared.Dir(), "news", "wikinews")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if shared.Dir() == "" || len(files) == 0 {
		return sample(b)
	}
	var out []*dyad.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := wire.Parse(string(data))
		if err != nil {
			continue
		}
		a.ID, a.Published = filepath.Base(f), dyad.Date(20200101).Time()
		out = append(out, a)
	}
	return out
}

// BenchmarkCode codes articles from raw text to events on one goroutine:
// splitting, tokenizing, tagging, parsing and coding.
func BenchmarkCode(b *testing.B) {
	p := pipeline(b)
	as := corpus(b)
	n := sentences(p, as)
	ctx := context.Background()
	for b.Loop() {
		for _, a := range as {
			if _, err := p.Code(ctx, a); err != nil && !errors.Is(err, standard.ErrEmpty) {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeParallel codes the same articles on GOMAXPROCS goroutines
// sharing one pipeline, as "dyad code --workers" does: compare its
// sentences/s with BenchmarkCode's for the scaling.
func BenchmarkCodeParallel(b *testing.B) {
	p := pipeline(b)
	as := corpus(b)
	n := sentences(p, as)
	ctx := context.Background()
	workers := runtime.GOMAXPROCS(0)
	for b.Loop() {
		jobs := make(chan *dyad.Article)
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for a := range jobs {
					if _, err := p.Code(ctx, a); err != nil && !errors.Is(err, standard.ErrEmpty) {
						b.Error(err)
					}
				}
			})
		}
		for _, a := range as {
			jobs <- a
		}
		close(jobs)
		wg.Wait()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// TestSeed codes the story dyad started from and checks for the events an
// analyst codes in it (by root code, actor countries first), and that
// little else is coded.
func TestSeed(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(shared.Path(t, "seed"), "*.txt"))
	if len(files) == 0 {
		t.Skip("no seed story")
	}
	p := pipeline(t)
	var evs []dyad.Event
	for a, err := range (&reader.Reader{}).Read(context.Background(), files[0]) {
		if err != nil {
			t.Fatal(err)
		}
		r, err := p.Code(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, r.Events...)
	}
	want := []struct{ what, source, target, root string }{
		{"Iraq appeals to Iran for dialogue", "IRQ", "IRN", "02"},
		{"Iraq appeals to the U.S. for dialogue", "IRQ", "USA", "02"},
		{"the U.S. ambassador held talks with Iran", "USA", "IRN", "04"},
		{"the U.S. military released Iranian prisoners", "USAMIL", "IRN", "08"},
		{"Washington accuses Iran", "USA", "IRN", "11"},
		{"Tehran blames the U.S.", "IRN", "USA", "11"},
		{"Baghdad wants Iran's influence stopped", "IRQ", "IRN", "02"},
		{"Maliki told Khamenei Iran had to choose", "IRQGOV", "IRN", "10"},
	}
	for _, w := range want {
		found := false
		for _, e := range evs {
			if strings.HasPrefix(e.Source, w.source) && strings.HasPrefix(e.Target, w.target) && strings.HasPrefix(e.Code, w.root) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing: %s (%s %s %s*)", w.what, w.source, w.target, w.root)
		}
	}
	if len(evs) > 2*len(want) {
		t.Errorf("%d events for %d expected: too many spurious ones", len(evs), len(want))
	}
	for _, e := range evs {
		t.Logf("%s %s %s %s | %s", e.Date, e.Source, e.Target, e.Code, e.VerbText)
	}
}

// FuzzCode codes any text: no input may make the pipeline panic, and every
// event must point into the text.
func FuzzCode(f *testing.F) {
	for _, s := range []string{
		dated,
		"",
		"BAGHDAD (Reuters) - Iraq's prime minister told Iran's leader, Supreme leader Ali Khamenei, that it had to choose.",
		"“It’s a good sign” ... we want to encourage them, he said; they did not.",
		"Iraq Iraq Iraq said said said , , , . . .",
		"\xff\xfe invalid",
		strings.Repeat("x", 3000),
	} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		a := &dyad.Article{ID: "fuzz", Text: text, Published: dyad.Date(20070101).Time()}
		r, err := p.Code(context.Background(), a)
		if err != nil {
			return
		}
		for _, e := range r.Events {
			for _, sp := range []dyad.Span{e.SourceSpan, e.TargetSpan, e.VerbSpan} {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("span %v outside a text of %d bytes", sp, len(text))
				}
			}
		}
	})
}
