package main

// TEMPORARY — the lead replaces this file when the coder (issue 5) and the
// readers land: newArticleCoder must return the standard pipeline with the
// built-in dictionaries (or those in dictsDir), and newReader the readers
// that "dyad extract" uses. Until then "dyad ingest" can only store
// pre-coded input (--coded) and "dyad serve" serves without ingesting.

import (
	"errors"

	"github.com/dyadproject/dyad"
)

var errPipelinePending = errors.New("not available yet: this build has no coder and no readers (the pipeline lands with issue 5)")

// newArticleCoder returns the coder "dyad ingest" and "dyad serve" use.
func newArticleCoder(dictsDir string) (dyad.ArticleCoder, error) {
	return nil, errPipelinePending
}

// newReader returns the reader of "dyad ingest" inputs.
func newReader() (dyad.Reader, error) {
	return nil, errPipelinePending
}
