package main

import (
	"fmt"
	"io"
	"log/slog"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/standard"
)

// newPipeline builds the standard pipeline with the built-in dictionaries
// (or those in dictsDir) and dyad's own tagger and parser. Dictionary
// lines that could not be read are written to w when the dictionaries are
// the user's, and counted in the log either way.
func newPipeline(dictsDir string, defaultDate dyad.Date, w io.Writer, log *slog.Logger) (*standard.Pipeline, error) {
	set, errs, err := standard.LoadDicts(dictsDir)
	if err != nil {
		return nil, fmt.Errorf("dictionaries: %w", err)
	}
	if len(errs) > 0 {
		if dictsDir != "" {
			for _, e := range errs {
				fmt.Fprintf(w, "dictionary: %v\n", e)
			}
		}
		log.Warn("dictionary lines skipped", "count", len(errs))
	}
	tagger, parser, err := analysisModel()
	if err != nil {
		return nil, err
	}
	return &standard.Pipeline{
		Segmenter:   segment.New(),
		Tagger:      tagger,
		Parser:      parser,
		Coder:       code.New(set, code.NewsOptions()),
		DefaultDate: defaultDate,
	}, nil
}
