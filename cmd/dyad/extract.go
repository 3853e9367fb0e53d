package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/fetch"
	"github.com/dyadproject/dyad/reader"
)

const extractArgs = "[--format jsonl] [--allow-private] [--follow-links] INPUT..."

var extractCmd = &command{
	name:    "extract",
	args:    extractArgs,
	summary: "read articles (wire stories, web pages, feeds, archives, JSON lines) and print them as JSON lines",
	run:     runExtract,
}

// extractedArticle is one line of dyad extract's output.
type extractedArticle struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Dateline  string   `json:"dateline"`
	Source    string   `json:"source"`
	Authors   []string `json:"authors"`
	URL       string   `json:"url"`
	Language  string   `json:"language"`
	Text      string   `json:"text"`
}

func runExtract(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
	format := fs.String("format", "jsonl", "output format: jsonl (one JSON object per document per line)")
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private network addresses")
	follow := fs.Bool("follow-links", false, "for feed items, read the page each item links to for its full text")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, `usage: dyad extract %s

Reads each INPUT — a file, a folder of files, an http(s) URL, or - for
standard input — and prints one JSON object per document per line: id,
title, published (RFC 3339, or YYYY-MM-DD when no time is known), dateline,
source, authors, url, language and text (paragraphs separated by blank
lines).

The kind of each input is detected from its content, gzip-compressed or
not: plain-text wire stories, HTML pages (any charset), JSON lines of
{"id", "date", "title", "text", "url", "source"}, RSS/Atom feeds, WARC
archives (each HTML response a document).

A document that cannot be read is reported on standard error and the
others are still read; the exit status is then 1.

Options:
`, extractArgs)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *format != "jsonl" {
		return fmt.Errorf("%w: unknown format %q", errUsage, *format)
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no input", errUsage)
	}
	r := &reader.Reader{Fetch: &fetch.Client{AllowPrivate: *allowPrivate}, Stdin: e.stdin, FollowLinks: *follow}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	docs, failed := 0, 0
	for _, input := range fs.Args() {
		for a, err := range r.Read(ctx, input) {
			if err != nil {
				failed++
				fmt.Fprintf(e.stderr, "dyad extract: %v\n", err)
				continue
			}
			docs++
			if err := enc.Encode(toExtracted(a)); err != nil {
				return err
			}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d of %d documents could not be read", errSomeFailed, failed, docs+failed)
	}
	return nil
}

func toExtracted(a *dyad.Article) extractedArticle {
	authors := a.Authors
	if authors == nil {
		authors = []string{}
	}
	return extractedArticle{
		ID: a.ID, Title: a.Title, Published: a.PublishedString(), Dateline: a.Dateline,
		Source: a.Source, Authors: authors, URL: a.URL, Language: a.Language, Text: a.Text,
	}
}
