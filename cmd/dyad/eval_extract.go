package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/dyadproject/dyad/internal/articlebench"
)

func init() {
	evalCommands = append(evalCommands, evalExtractCmd)
}

var evalExtractCmd = &command{
	name:    "extract",
	args:    "[-v] DIR",
	summary: "score the HTML reader on an article-extraction benchmark folder (ground-truth.json, html/*.html.gz)",
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		verbose := fs.Bool("v", false, "print the precision and recall of every page")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return fmt.Errorf("%w: want one benchmark folder", errUsage)
		}
		res, err := articlebench.Run(fs.Arg(0))
		if err != nil {
			return err
		}
		if *verbose {
			for _, p := range res.Pages {
				note := ""
				if p.Err != nil {
					note = " (" + p.Err.Error() + ")"
				}
				fmt.Fprintf(e.stdout, "%s\tP=%.3f\tR=%.3f\t%s%s\n", p.ID, p.Counts.Precision(), p.Counts.Recall(), p.URL, note)
			}
		}
		s := res.Score
		fmt.Fprintf(e.stdout, "pages %d  precision %.4f  recall %.4f  F1 %.4f  (word 4-gram shingles; P and R averaged over pages)\n", s.Pages, s.Precision, s.Recall, s.F1)
		fmt.Fprintf(e.stdout, "pooled counts: precision %.4f  recall %.4f  F1 %.4f\n", s.PooledPrecision, s.PooledRecall, s.PooledF1)
		fmt.Fprintf(e.stdout, "speed %.1f pages/s (reading only, one goroutine)\n", res.PagesPerSecond())
		return nil
	},
}
