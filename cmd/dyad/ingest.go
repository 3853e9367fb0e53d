package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"iter"
	"os"
	"time"

	"github.com/dyadproject/dyad"
)

const ingestArgs = "[--db URL] [--recode] [--coded] INPUT..."

var ingestCmd = &command{
	name:    "ingest",
	args:    ingestArgs,
	summary: "code articles and store them with their events in the event database",
	run:     runIngest,
}

func runIngest(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
	db := fs.String("db", "", dbHelp)
	dicts := fs.String("dicts", "", "folder of PETRARCH/Phoenix dictionaries (default: the built-in ones)")
	recode := fs.Bool("recode", false, "code articles the database has again and replace their events")
	coded := fs.Bool("coded", false, "inputs are coded articles, JSON lines {\"article\": {...}, \"events\": [...]}, stored as they are")
	batch := fs.Int("batch", 64, "articles per transaction")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private network addresses")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, `usage: dyad ingest %s

Reads articles from each INPUT (anything "dyad extract" reads; - for standard
input), codes them and stores them with their events. An article the
database already has (same URL, or the same text up to case, spacing and
punctuation) is skipped, so a run can be repeated or resumed after a crash:
articles are stored in transactions of --batch articles, whole or not at all.

With --coded each line of INPUT is one coded article:
  {"article": {"doc": "id", "title": "...", "published": "2007-11-17", "url": "...", "source": "...", "text": "..."},
   "events": [ events as "dyad code --format jsonl" writes them ]}

Options:
`, ingestArgs)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no inputs", errUsage)
	}
	if *batch < 1 {
		return fmt.Errorf("%w: --batch must be at least 1", errUsage)
	}
	var coder dyad.ArticleCoder
	var docs iter.Seq2[*dyad.Article, error]
	if *coded {
		pc := &precoded{events: make(map[*dyad.Article][]dyad.Event)}
		coder, docs = pc, pc.read(ctx, e, fs.Args())
	} else {
		c, err := newArticleCoder(e, *dicts)
		if err != nil {
			return err
		}
		coder, docs = c, readAll(ctx, newReader(e, *allowPrivate), fs.Args())
	}
	store, err := openStore(ctx, e, *db)
	if err != nil {
		return err
	}
	defer store.Close()

	start := time.Now()
	in := &dyad.Ingester{Coder: coder, Store: store, Recode: *recode, BatchSize: *batch}
	st, err := in.Ingest(ctx, docs)
	for _, x := range st.Errors {
		fmt.Fprintf(e.stderr, "dyad ingest: %v\n", x)
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(e.stderr, "%v in %.1fs (%.0f events/s)\n", st, secs, float64(st.Events)/max(secs, 1e-9))
	if err != nil {
		return err
	}
	if st.Failed > 0 {
		return errSomeFailed
	}
	return nil
}

func readAll(ctx context.Context, r dyad.Reader, inputs []string) iter.Seq2[*dyad.Article, error] {
	return func(yield func(*dyad.Article, error) bool) {
		for _, in := range inputs {
			for a, err := range r.Read(ctx, in) {
				if !yield(a, err) {
					return
				}
			}
		}
	}
}

// precoded is the "coder" of --coded input: the events come with the
// article.
type precoded struct {
	events map[*dyad.Article][]dyad.Event
}

func (p *precoded) CodeArticle(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	ev := p.events[a]
	delete(p.events, a)
	return ev, nil
}

type codedRecord struct {
	Article struct {
		Doc       string   `json:"doc"`
		Title     string   `json:"title"`
		Published string   `json:"published"`
		Dateline  string   `json:"dateline"`
		Source    string   `json:"source"`
		Authors   []string `json:"authors"`
		URL       string   `json:"url"`
		Language  string   `json:"language"`
		Text      string   `json:"text"`
	} `json:"article"`
	Events []dyad.Event `json:"events"`
}

func (p *precoded) read(ctx context.Context, e *env, inputs []string) iter.Seq2[*dyad.Article, error] {
	return func(yield func(*dyad.Article, error) bool) {
		for _, name := range inputs {
			f := e.stdin
			if name != "-" {
				file, err := os.Open(name)
				if err != nil {
					if !yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Offset: -1}, Err: err}) {
						return
					}
					continue
				}
				defer file.Close()
				f = file
			}
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 64<<20)
			for line := 1; sc.Scan(); line++ {
				if ctx.Err() != nil {
					return
				}
				if len(sc.Bytes()) == 0 {
					continue
				}
				pos := dyad.Pos{File: name, Line: line, Offset: -1}
				var rec codedRecord
				if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
					if !yield(nil, &dyad.Error{Pos: pos, Msg: "coded article", Err: err}) {
						return
					}
					continue
				}
				r := rec.Article
				a := &dyad.Article{ID: r.Doc, Title: r.Title, Dateline: r.Dateline, Source: r.Source, Authors: r.Authors, URL: r.URL, Language: r.Language, Text: r.Text}
				if r.Published != "" {
					if t, err := time.Parse(time.RFC3339, r.Published); err == nil {
						a.Published, a.TimeKnown = t, true
					} else if d, err := dyad.ParseDate(r.Published); err == nil {
						a.Published = d.Time()
					} else {
						if !yield(nil, &dyad.Error{Pos: pos, Msg: fmt.Sprintf("published %q: want YYYY-MM-DD or RFC 3339", r.Published)}) {
							return
						}
						continue
					}
				}
				if a.Text == "" {
					if !yield(nil, &dyad.Error{Pos: pos, Msg: "coded article without text"}) {
						return
					}
					continue
				}
				p.events[a] = rec.Events
				if !yield(a, nil) {
					return
				}
			}
			if err := sc.Err(); err != nil {
				if !yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Offset: -1}, Err: err}) {
					return
				}
			}
		}
	}
}
