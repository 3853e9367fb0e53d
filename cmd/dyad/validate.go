package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/petrarch"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/validation"
)

var validateCmd = &command{
	name:    "validate",
	args:    "[--dicts DIR] [--jsonl FILE] [--quiet] [--min PCT] [--reparse] SUITE.xml",
	summary: "code a PETRARCH validation suite and compare with its expected events",
	run:     runValidate,
}

func runValidate(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
	dicts := fs.String("dicts", "", "folder holding the dictionaries the suite's <Environment> names (default: the suite's folder)")
	jsonl := fs.String("jsonl", "", "write every coded event to `FILE` as JSON lines {\"id\",\"source\",\"target\",\"code\"}")
	quiet := fs.Bool("quiet", false, "print only the summary, not each failing record")
	minRate := fs.Float64("min", 0, "exit with status 1 when fewer than `PCT` percent of the records are coded exactly")
	reparse := fs.Bool("reparse", false, "ignore each record's <Parse> and analyse its <Text> with dyad's own tagger and parser")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one suite file", errUsage)
	}
	path := fs.Arg(0)
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	suite, errs := petrarch.ReadSuite(path, f)
	f.Close()
	for _, err := range errs {
		fmt.Fprintln(e.stderr, err)
	}
	if len(suite.Records) == 0 {
		return fmt.Errorf("%s: no records", path)
	}
	dir := *dicts
	if dir == "" {
		dir = filepath.Dir(path)
	}
	env := suite.Environment
	files := petrarch.Files{Actors: env.Actors}
	for _, x := range []struct {
		name string
		into *[]string
	}{{env.Verbs, &files.Verbs}, {env.Agents, &files.Agents}, {env.Discards, &files.Discards}, {env.Issues, &files.Issues}} {
		if x.name != "" {
			*x.into = append(*x.into, x.name)
		}
	}
	start := time.Now()
	set, derrs := petrarch.Load(os.DirFS(dir), files)
	for _, err := range derrs {
		fmt.Fprintln(e.stderr, err)
	}
	e.log.Info("dictionaries loaded", "dir", dir, "took", time.Since(start))

	opts := code.DefaultOptions()
	if *reparse {
		// The suite's parses are a treebank's; dyad's own have the
		// parser's errors, which the coder's repairs are for.
		opts.Repair = true
	}
	coder := code.New(set, opts)
	var analyze validation.Analyze
	if *reparse {
		tagger, parser, err := analysisModel()
		if err != nil {
			return err
		}
		analyze = validation.Reparse(segment.New().Tokenizer, tagger, parser)
	}
	rep := validation.Run(suite, coder, analyze)
	for _, err := range rep.Errors {
		fmt.Fprintf(e.stderr, "%s: %v\n", path, err)
	}
	if *jsonl != "" {
		if err := writeValidationJSONL(*jsonl, rep); err != nil {
			return err
		}
	}
	if !*quiet {
		rep.WriteFailures(e.stdout)
	}
	rep.WriteSummary(e.stdout)
	if rate := 100 * float64(rep.Correct()) / float64(len(rep.Results)); rate < *minRate {
		return fmt.Errorf("%w: %.1f%% of records coded exactly, below --min %.1f", errSomeFailed, rate, *minRate)
	}
	if len(errs) > 0 {
		return fmt.Errorf("%w: the suite has errors (listed above); the records before them were coded", errSomeFailed)
	}
	return nil
}

func writeValidationJSONL(path string, rep *validation.Report) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, r := range rep.Results {
		for _, ev := range r.Events {
			rec := struct {
				ID     string `json:"id"`
				Source string `json:"source"`
				Target string `json:"target"`
				Code   string `json:"code"`
			}{r.Record.ID, ev.Source, ev.Target, ev.Code}
			if err := enc.Encode(rec); err != nil {
				f.Close()
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
