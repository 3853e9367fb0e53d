// Package validation runs PETRARCH validation suites: it codes each record
// from its supplied parse (or with another analyser) and compares the
// events with the ones the record expects.
package validation

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/petrarch"
	"github.com/dyadproject/dyad/ptb"
)

// Analyze turns a record's text into a parsed sentence. The default,
// FromParse, reads the record's own <Parse>.
type Analyze func(r *petrarch.Record) (*dyad.Sentence, error)

// FromParse reads the Penn Treebank parse the record carries. A malformed
// parse is an error placed at its line in the suite.
func FromParse(r *petrarch.Record) (*dyad.Sentence, error) {
	tree, err := ptb.Parse(r.Parse)
	if err != nil {
		var se *ptb.SyntaxError
		if errors.As(err, &se) && r.ParseLine > 0 {
			// The parse text is trimmed: count its line within the element.
			return nil, fmt.Errorf("line %d: bad parse: %s: %w", r.ParseLine+se.Line-1, se.Msg, err)
		}
		return nil, fmt.Errorf("bad parse: %w", err)
	}
	return ptb.ToSentence(tree, r.Text, 0), nil
}

// Reparse analyses a record's text with a tokenizer, tagger and parser,
// ignoring its <Parse>. The whole text is one sentence, as in the suite.
func Reparse(tok dyad.Tokenizer, tagger dyad.Tagger, parser dyad.Parser) Analyze {
	return func(r *petrarch.Record) (*dyad.Sentence, error) {
		s := &dyad.Sentence{Span: dyad.Span{End: len(r.Text)}, Text: r.Text}
		s.Tokens = tok.Tokenize(r.Text, s.Span)
		if len(s.Tokens) == 0 {
			return nil, fmt.Errorf("no words in the text")
		}
		tagger.Tag(s)
		parser.Parse(s)
		return s, nil
	}
}

// Result is the outcome of one record.
type Result struct {
	Record  *petrarch.Record
	Events  []dyad.Event
	Err     error // why the record was not coded (parse error, discard, ...)
	Correct bool
}

// Report is the outcome of a suite.
type Report struct {
	Results []Result
	Errors  dyad.ErrorList // problems with options
}

// Run codes every record of a suite with coder, honouring the <Config>
// options in force before each record.
func Run(s *petrarch.Suite, coder *code.Coder, analyze Analyze) *Report {
	if analyze == nil {
		analyze = FromParse
	}
	rep := &Report{}
	badOption := map[int]bool{}
	base := coder.Options()
	for _, r := range s.Records {
		opts := base
		for _, o := range r.Options {
			if err := opts.Set(o.Name, o.Value); err != nil && !badOption[o.Line] {
				badOption[o.Line] = true
				rep.Errors.Add(dyad.Pos{Line: o.Line}, "%v", err)
			}
		}
		res := Result{Record: r}
		s, err := analyze(r)
		if err == nil {
			res.Events, err = coder.WithOptions(opts).Code(s, r.Date)
		}
		res.Err = err
		res.Correct = same(res.Events, r)
		rep.Results = append(rep.Results, res)
	}
	return rep
}

type triple struct{ source, target, code string }

// same applies the suite's rule: the set of (source, target, code) coded
// equals the set expected; noevents and error records expect none.
func same(got []dyad.Event, r *petrarch.Record) bool {
	want := map[triple]bool{}
	for _, x := range r.Expected {
		want[triple{x.Source, x.Target, x.Code}] = true
	}
	have := map[triple]bool{}
	for _, e := range got {
		have[triple{e.Source, e.Target, e.Code}] = true
	}
	if len(want) != len(have) {
		return false
	}
	for k := range want {
		if !have[k] {
			return false
		}
	}
	return true
}

// Correct returns the number of records coded exactly.
func (rep *Report) Correct() int {
	n := 0
	for _, r := range rep.Results {
		if r.Correct {
			n++
		}
	}
	return n
}

// WriteFailures writes each failing record with what it wanted and got.
func (rep *Report) WriteFailures(w io.Writer) {
	for _, r := range rep.Results {
		if r.Correct {
			continue
		}
		rec := r.Record
		fmt.Fprintf(w, "FAIL %s (%s, line %d)\n  text: %s\n", rec.ID, rec.Category, rec.Line, oneLine(rec.Text))
		fmt.Fprintf(w, "  want: %s\n  got:  %s\n", wantString(rec), gotString(r.Events))
		if r.Err != nil {
			fmt.Fprintf(w, "  note: %v\n", r.Err)
		}
		for _, e := range r.Events {
			fmt.Fprintf(w, "    %s %s %s  [%s | %s | %s]  %s\n", e.Source, e.Target, e.Code, e.SourceText, e.VerbText, e.TargetText, e.Pattern)
		}
	}
}

// WriteSummary writes the totals, by category.
func (rep *Report) WriteSummary(w io.Writer) {
	type tally struct{ n, ok int }
	cats := map[string]*tally{}
	for _, r := range rep.Results {
		c := cats[r.Record.Category]
		if c == nil {
			c = &tally{}
			cats[r.Record.Category] = c
		}
		c.n++
		if r.Correct {
			c.ok++
		}
	}
	names := make([]string, 0, len(cats))
	for k := range cats {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(w, "  %-10s %3d/%-3d\n", k, cats[k].ok, cats[k].n)
	}
	n := len(rep.Results)
	pct := 0.0
	if n > 0 {
		pct = 100 * float64(rep.Correct()) / float64(n)
	}
	fmt.Fprintf(w, "%d of %d records coded exactly (%.1f%%)\n", rep.Correct(), n, pct)
}

func wantString(r *petrarch.Record) string {
	switch {
	case r.Error != "":
		return "no events (error " + r.Error + ")"
	case len(r.Expected) == 0:
		return "no events"
	}
	var parts []string
	for _, x := range r.Expected {
		parts = append(parts, x.Source+" "+x.Target+" "+x.Code)
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func gotString(evs []dyad.Event) string {
	if len(evs) == 0 {
		return "no events"
	}
	var parts []string
	for _, e := range evs {
		parts = append(parts, e.Source+" "+e.Target+" "+e.Code)
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// IsExpectedError reports whether err is the kind of refusal a record's
// error attribute names.
func IsExpectedError(err error, kind string) bool {
	var d *code.DiscardError
	switch kind {
	case "storydiscard":
		return errors.As(err, &d) && d.Story
	case "sentencediscard":
		return errors.As(err, &d) && !d.Story
	case "dateline":
		return errors.Is(err, code.ErrDateline)
	case "bad_input_parse":
		var se *ptb.SyntaxError
		return errors.As(err, &se)
	}
	return err != nil
}
