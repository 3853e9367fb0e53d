package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/fetch"
	"github.com/dyadproject/dyad/output"
	"github.com/dyadproject/dyad/reader"
	"github.com/dyadproject/dyad/standard"
)

const codeArgs = "[--format jsonl|tsv|csv|gdelt] [--dicts DIR] [--workers N] [--date YYYY-MM-DD] [-o FILE] INPUT..."

var codeCmd = &command{
	name:    "code",
	args:    codeArgs,
	summary: "code articles into events (the main job)",
	run:     runCode,
}

func runCode(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
	format := fs.String("format", "jsonl", "output format: "+strings.Join(output.Formats, ", "))
	dictsDir := fs.String("dicts", "", "folder of PETRARCH/Phoenix dictionaries to use instead of the built-in ones")
	workers := fs.Int("workers", runtime.NumCPU(), "articles coded at once")
	dateFlag := fs.String("date", "", "date for articles that carry none, `YYYY-MM-DD` (default: today)")
	outPath := fs.String("o", "", "write events to `FILE` instead of standard output")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private network addresses")
	follow := fs.Bool("follow-links", false, "for feed items, read the page each item links to for its full text")
	quiet := fs.Bool("quiet", false, "no progress bar and no summary line")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, `usage: dyad code %s

Reads each INPUT — a file, a folder, an http(s) URL, or - for standard
input; anything "dyad extract" reads, JSON lines of {"id", "date", "text",
...} included — splits it into sentences, analyses them with dyad's own
tagger and parser, and codes them with the article's date into CAMEO
events, written one per line (jsonl: every field and its provenance; tsv:
PETRARCH's event lines; csv: with a header; gdelt: the GDELT 2.0 event
table columns).

Without --dicts the built-in dictionaries are used. An article with no date
is coded as of --date, or today, and a note says so. A document that cannot
be read or coded is reported on standard error and the others go on; the
exit status is then 1. A progress bar shows on a terminal.

Options:
`, codeArgs)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no input", errUsage)
	}
	if *workers < 1 {
		return fmt.Errorf("%w: --workers must be at least 1", errUsage)
	}
	defaultDate, dateNote := dyad.DateOf(time.Now()), "today"
	if *dateFlag != "" {
		d, err := dyad.ParseDate(*dateFlag)
		if err != nil {
			return fmt.Errorf("%w: --date: %v", errUsage, err)
		}
		defaultDate, dateNote = d, "--date"
	}
	var out io.Writer = e.stdout
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			return err
		}
		defer f.Close()
		out = f
	}
	w, err := output.New(*format, out)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	p, err := newPipeline(*dictsDir, defaultDate, e.stderr, e.log)
	if err != nil {
		return err
	}
	r := &reader.Reader{Fetch: &fetch.Client{AllowPrivate: *allowPrivate}, Stdin: e.stdin, FollowLinks: *follow}

	var bar *progressbar.ProgressBar
	if !*quiet && isTerminal(e.stderr) {
		bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetDescription("coding"),
			progressbar.OptionShowCount(), progressbar.OptionSetItsString("docs"), progressbar.OptionShowIts(),
			progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
	}
	st := &codeStats{start: time.Now()}
	errOut := &lockedWriter{w: e.stderr, bar: bar}
	runErr := codeAll(ctx, p, r, fs.Args(), *workers, w, st, errOut, dateNote, bar)
	if ferr := w.Flush(); ferr != nil && runErr == nil {
		runErr = ferr
	}
	if bar != nil {
		bar.Finish()
	}
	if !*quiet {
		fmt.Fprintln(e.stderr, st.summary())
	}
	if runErr != nil {
		return runErr
	}
	if st.failed > 0 {
		return fmt.Errorf("%w: %d of %d documents", errSomeFailed, st.failed, st.docs)
	}
	return nil
}

// codeStats counts a run for its summary line.
type codeStats struct {
	start                                 time.Time
	docs, failed, sentences, events, errs int
}

func (s *codeStats) summary() string {
	el := time.Since(s.start)
	secs := max(el.Seconds(), 1e-9)
	return fmt.Sprintf("dyad code: %d documents (%d failed), %d sentences, %d events, %d sentence errors in %s (%.1f documents/s, %.0f sentences/s)",
		s.docs, s.failed, s.sentences, s.events, s.errs, el.Round(time.Millisecond), float64(s.docs)/secs, float64(s.sentences)/secs)
}

// job is one document to code, numbered so that output keeps input order.
type job struct {
	seq int
	a   *dyad.Article
	err error // a reading error: nothing to code
}

type result struct {
	job
	r       standard.Result
	undated bool
}

// codeAll reads every input, codes the articles on workers goroutines and
// writes their events in input order.
func codeAll(ctx context.Context, p *standard.Pipeline, r *reader.Reader, inputs []string, workers int,
	w output.Writer, st *codeStats, errOut io.Writer, dateNote string, bar *progressbar.ProgressBar) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*2)
	results := make(chan result, workers*2)
	go func() {
		defer close(jobs)
		seq := 0
		for _, input := range inputs {
			for a, err := range r.Read(ctx, input) {
				select {
				case jobs <- job{seq: seq, a: a, err: err}:
					seq++
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				res := result{job: j}
				if j.err == nil {
					res.undated = j.a.Date() == 0
					res.r, res.err = p.Code(ctx, j.a)
				}
				results <- res
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	// Write in input order: hold results that arrive early.
	pending := map[int]result{}
	next := 0
	var writeErr error
	for res := range results {
		pending[res.seq] = res
		for {
			res, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			st.docs++
			if bar != nil {
				bar.Add(1)
			}
			if res.err != nil {
				st.failed++
				name := "document"
				if res.a != nil {
					name = res.a.ID
				}
				if res.a == nil {
					fmt.Fprintf(errOut, "dyad code: %v\n", res.err)
				} else {
					fmt.Fprintf(errOut, "dyad code: %s: %v\n", name, res.err)
				}
				continue
			}
			if res.undated {
				fmt.Fprintf(errOut, "dyad code: %s has no date: coded as of %s (%s)\n", res.a.ID, p.DefaultDate, dateNote)
			}
			st.sentences += res.r.Sentences
			st.events += len(res.r.Events)
			st.errs += len(res.r.Errors)
			for _, e := range res.r.Errors {
				fmt.Fprintf(errOut, "dyad code: %v\n", e)
			}
			if writeErr == nil {
				if err := w.Write(res.a, res.r.Events); err != nil {
					writeErr = err
					cancel()
				}
			}
		}
	}
	if writeErr != nil {
		return writeErr
	}
	if err := ctx.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// lockedWriter writes whole lines, clearing the progress bar first.
type lockedWriter struct {
	mu  sync.Mutex
	w   io.Writer
	bar *progressbar.ProgressBar
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.bar != nil {
		l.bar.Clear()
	}
	return l.w.Write(p)
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
