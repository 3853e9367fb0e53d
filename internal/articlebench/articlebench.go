// Package articlebench runs the public article-extraction benchmark over a
// folder that holds its pages (html/ID.html.gz) and its gold bodies
// (ground-truth.json, {ID: {"articleBody", "url"}}), scoring each page with
// word 4-gram shingles (package shingle).
package articlebench

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/dyadproject/dyad/internal/shingle"
	"github.com/dyadproject/dyad/webpage"
)

// Page is the score of one page.
type Page struct {
	ID     string
	URL    string
	Counts shingle.Counts
	Err    error // the page could not be read: it scores as an empty text
}

// Result is the benchmark's outcome.
type Result struct {
	Score   shingle.Score
	Pages   []Page
	Elapsed time.Duration // time spent reading pages (not loading them)
}

// PagesPerSecond is the extraction speed.
func (r Result) PagesPerSecond() float64 {
	return float64(len(r.Pages)) / r.Elapsed.Seconds()
}

type gold struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// Run reads every page of the benchmark in dir as dyad extract reads an
// HTML file (without its URL) and scores it against its gold body.
func Run(dir string) (Result, error) {
	var res Result
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return res, err
	}
	var truth map[string]gold
	if err := json.Unmarshal(b, &truth); err != nil {
		return res, fmt.Errorf("ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var counts []shingle.Counts
	for _, id := range ids {
		page, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return res, err
		}
		start := time.Now()
		a, rerr := webpage.Read(webpage.Page{Body: page})
		res.Elapsed += time.Since(start)
		text := ""
		if rerr == nil {
			text = a.Text
		}
		c := shingle.Match(truth[id].ArticleBody, text)
		counts = append(counts, c)
		res.Pages = append(res.Pages, Page{ID: id, URL: truth[id].URL, Counts: c, Err: rerr})
	}
	res.Score = shingle.Summarize(counts)
	return res, nil
}

func readGz(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}
