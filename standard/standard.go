// Package standard composes dyad's analysis pipeline — sentence splitting,
// tokenizing, tagging, parsing and event coding — in the one configuration
// that the command line, the server and the workers share.
package standard

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dicts"
	"github.com/dyadproject/dyad/petrarch"
	"github.com/dyadproject/dyad/segment"
)

// Pipeline turns articles into events. It is safe for concurrent use.
type Pipeline struct {
	Segmenter *segment.Segmenter
	Tagger    dyad.Tagger
	Parser    dyad.Parser
	Coder     *code.Coder
	// DefaultDate dates articles that carry no date of their own; when it
	// is zero such articles are refused with ErrNoDate.
	DefaultDate dyad.Date
}

// ErrNoDate reports an article with no date when no default is set.
var ErrNoDate = errors.New("article has no date (set a default date)")

// ErrEmpty reports an article with no text.
var ErrEmpty = errors.New("article has no text")

// Analyze splits, tokenizes, tags and parses a text. Spans are byte
// offsets into text.
func (p *Pipeline) Analyze(text string) []dyad.Sentence {
	var out []dyad.Sentence
	for _, sp := range p.spans(text) {
		out = append(out, p.analyze(text, len(out), sp))
	}
	return out
}

// MaxSentenceBytes bounds a sentence: a longer one (a table, a list, text
// without punctuation) is cut into pieces at spaces, each analysed as a
// sentence, so that no input makes the tagger and parser hold millions of
// words at once.
const MaxSentenceBytes = 2000

// spans splits text into sentences, cutting overlong ones.
func (p *Pipeline) spans(text string) []dyad.Span {
	var out []dyad.Span
	for _, sp := range p.Segmenter.Splitter.Split(text) {
		out = append(out, cut(text, sp, MaxSentenceBytes)...)
	}
	return out
}

// cut splits span sp of text into pieces of at most limit bytes, each
// ending after a semicolon, comma or space where there is one in its
// second half.
func cut(text string, sp dyad.Span, limit int) []dyad.Span {
	var out []dyad.Span
	for sp.End-sp.Start > limit {
		end := sp.Start + limit
		for end > sp.Start && !utf8.RuneStart(text[end]) {
			end--
		}
		if mid := sp.Start + limit/2; mid < end {
			if i := strings.LastIndexAny(text[mid:end], ";,"); i >= 0 {
				end = mid + i + 1
			} else if i := strings.LastIndexAny(text[mid:end], " \t\n"); i >= 0 {
				end = mid + i + 1
			}
		}
		if end == sp.Start { // a limit smaller than one character
			_, n := utf8.DecodeRuneInString(text[end:])
			end += n
		}
		out = append(out, dyad.Span{Start: sp.Start, End: end})
		sp.Start = end
	}
	if sp.End > sp.Start {
		out = append(out, sp)
	}
	return out
}

// analyze tokenizes, tags and parses one sentence of text.
func (p *Pipeline) analyze(text string, index int, sp dyad.Span) dyad.Sentence {
	s := dyad.Sentence{Index: index, Span: sp, Text: text[sp.Start:sp.End]}
	s.Tokens = p.Segmenter.Tokenizer.Tokenize(text, sp)
	if p.Tagger != nil {
		p.Tagger.Tag(&s)
		if p.Coder != nil {
			p.Coder.TagNames(&s)
		}
	}
	if p.Parser != nil {
		p.Parser.Parse(&s)
	}
	return s
}

// Result is what coding an article gives.
type Result struct {
	Events    []dyad.Event
	Sentences int            // sentences analysed
	Errors    dyad.ErrorList // sentences that could not be coded
}

// CodeArticle codes an article with its own date (or the default). It
// implements dyad.ArticleCoder; see Code.
func (p *Pipeline) CodeArticle(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	r, err := p.Code(ctx, a)
	if err != nil {
		return nil, err
	}
	return r.Events, r.Errors.Err()
}

// Code codes an article with its own date (or the default). Events come
// in text order with Doc, Date and Sentence set and spans into the
// article's text. A sentence that cannot be coded is recorded in
// Result.Errors (File is the article id, Line the sentence number from 1)
// and the rest of the article is still coded; a story discard drops the
// whole article's events. Sentences are analysed one at a time, so a long
// document needs memory for its text and one sentence, not for all its
// tokens at once.
func (p *Pipeline) Code(ctx context.Context, a *dyad.Article) (Result, error) {
	var r Result
	if strings.TrimSpace(a.Text) == "" {
		return r, ErrEmpty
	}
	if !utf8.ValidString(a.Text) {
		return r, fmt.Errorf("article text is not valid UTF-8 (at byte %d)", invalidAt(a.Text))
	}
	date := a.Date()
	if date == 0 {
		date = p.DefaultDate
	}
	if date == 0 {
		return r, ErrNoDate
	}
	discourse := &code.Discourse{Home: p.homeCountry(a)}
	for i, sp := range p.spans(a.Text) {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		s := p.analyze(a.Text, i, sp)
		r.Sentences++
		evs, err := p.Coder.CodeIn(discourse, &s, date)
		var d *code.DiscardError
		switch {
		case errors.As(err, &d) && d.Story:
			return Result{Sentences: r.Sentences}, err
		case errors.Is(err, code.ErrDateline), errors.Is(err, code.ErrEmpty), errors.As(err, &d):
			continue // not news to code: not an error
		case err != nil:
			r.Errors = append(r.Errors, &dyad.Error{Pos: dyad.Pos{File: a.ID, Line: s.Index + 1}, Msg: "sentence not coded", Err: err})
			continue
		}
		for i := range evs {
			evs[i].Doc = a.ID
			evs[i].Sentence = s.Index
		}
		r.Events = append(r.Events, evs...)
	}
	return r, nil
}

// homeCountry returns the country of an article's dateline place, when
// the actor dictionaries know it ("BAGHDAD" → IRQ).
func (p *Pipeline) homeCountry(a *dyad.Article) string {
	if a.Dateline == "" {
		return ""
	}
	return p.Coder.PlaceCountry(a.Dateline, a.Date())
}

// invalidAt returns the offset of the first byte that is not UTF-8.
func invalidAt(s string) int {
	for i, c := range s {
		if c == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n <= 1 {
				return i
			}
		}
	}
	return len(s)
}

// LoadDicts loads a dictionary set: dyad's built-in dictionaries when dir
// is "", else the PETRARCH/Phoenix files in dir (named by its
// PETR_config.ini, or found by their names). Errors on single lines are
// returned with the set; an unreadable folder is an error.
func LoadDicts(dir string) (*dict.Set, dyad.ErrorList, error) {
	if dir == "" {
		set, errs := petrarch.Load(dicts.FS(), builtinFiles(dicts.FS()))
		return set, errs, nil
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, nil, err
	}
	if !fi.IsDir() {
		return nil, nil, fmt.Errorf("%s is not a folder", dir)
	}
	fsys := os.DirFS(dir)
	files, err := petrarch.FindFiles(fsys)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", dir, err)
	}
	set, errs := petrarch.Load(fsys, files)
	return set, errs, nil
}

// builtinFiles lists the built-in dictionary files by their names, in
// every folder.
func builtinFiles(fsys fs.FS) petrarch.Files {
	var f petrarch.Files
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		name := path.Base(p)
		switch {
		case strings.HasPrefix(name, "verbs") && strings.HasSuffix(name, ".txt"):
			f.Verbs = append(f.Verbs, p)
		case strings.HasSuffix(name, ".actors.txt"):
			f.Actors = append(f.Actors, p)
		case name == "agents.txt":
			f.Agents = append(f.Agents, p)
		case name == "discards.txt":
			f.Discards = append(f.Discards, p)
		case strings.HasPrefix(name, "issues") && strings.HasSuffix(name, ".txt"):
			f.Issues = append(f.Issues, p)
		}
		return nil
	})
	return f
}
