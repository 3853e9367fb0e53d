package main

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/fetch"
	"github.com/dyadproject/dyad/reader"
	"github.com/dyadproject/dyad/standard"
)

// newPipeline builds the standard pipeline with the built-in dictionaries
// (or those in dictsDir). Dictionary lines that could not be read are
// written to w when the dictionaries are the user's, and counted in the
// log either way.
func newPipeline(dictsDir string, defaultDate dyad.Date, w io.Writer, log *slog.Logger) (*standard.Pipeline, error) {
	p, errs, err := standard.New(dictsDir, defaultDate)
	if len(errs) > 0 {
		if dictsDir != "" {
			for _, e := range errs {
				fmt.Fprintf(w, "dictionary: %v\n", e)
			}
		}
		log.Warn("dictionary lines skipped", "count", len(errs))
	}
	return p, err
}

// newArticleCoder returns the coder "dyad ingest" and "dyad serve" use:
// the standard pipeline, dating undated articles as of today.
func newArticleCoder(e *env, dictsDir string) (dyad.ArticleCoder, error) {
	return newPipeline(dictsDir, dyad.DateOf(time.Now()), e.stderr, e.log)
}

// newReader returns the reader of "dyad ingest" inputs: the readers of
// "dyad extract", fetching only public addresses unless allowPrivate.
func newReader(e *env, allowPrivate bool) dyad.Reader {
	return &reader.Reader{Fetch: &fetch.Client{AllowPrivate: allowPrivate}, Stdin: e.stdin}
}
