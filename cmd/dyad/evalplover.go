package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/plover"
)

var evalPloverCmd = &command{
	name:    "plover",
	args:    "[--dicts DIR] [-v] GOLD.json",
	summary: "code PLOVER gold sentences and report event types and source countries found",
	run:     runEvalPlover,
}

func init() { evalCommands = append(evalCommands, evalPloverCmd) }

func runEvalPlover(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
	dicts := fs.String("dicts", "", "folder of PETRARCH/Phoenix dictionaries to use instead of the built-in ones")
	verbose := fs.Bool("v", false, "list the records whose type or source was not found")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one gold file", errUsage)
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return err
	}
	records, err := plover.ReadGold(f)
	f.Close()
	if err != nil {
		return err
	}
	p, err := newPipeline(*dicts, 0, e.stderr, e.log)
	if err != nil {
		return err
	}
	rep := plover.Score(ctx, records, func(ctx context.Context, r *plover.Record) ([]dyad.Event, error) {
		a := &dyad.Article{ID: r.ID, Text: r.Text, Published: r.Date.Time()}
		return p.CodeArticle(ctx, a)
	})
	if *verbose {
		rep.WriteMisses(e.stdout)
	}
	rep.WriteSummary(e.stdout)
	return nil
}
