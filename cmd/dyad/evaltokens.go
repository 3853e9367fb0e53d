package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/segeval"
	"github.com/dyadproject/dyad/sentence"
	"github.com/dyadproject/dyad/token"
)

var evalTokensCmd = &command{
	name:    "tokens",
	args:    "[--json] [--errors N] FILE.conllu...",
	summary: "score tokenization and sentence splitting on CoNLL-U raw text",
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		asJSON := fs.Bool("json", false, "print the scores as JSON, one object per file")
		showErrors := fs.Int("errors", 0, "also list up to `N` token and N sentence errors per file")
		usage := fs.Usage
		fs.Usage = func() {
			usage()
			fmt.Fprint(e.stderr, evalTokensHelp)
		}
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return fmt.Errorf("%w: no CoNLL-U file given", errUsage)
		}
		failed := 0
		for _, name := range fs.Args() {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := evalTokensFile(e, name, *asJSON, *showErrors); err != nil {
				fmt.Fprintf(e.stderr, "dyad eval tokens: %v\n", err)
				failed++
			}
		}
		if failed > 0 {
			return fmt.Errorf("%w: %d of %d files", errSomeFailed, failed, fs.NArg())
		}
		return nil
	},
}

const evalTokensHelp = `
The raw text is rebuilt from the "# text" lines: the sentences of a paragraph
joined by a space, paragraphs and documents separated by a blank line. dyad's
sentence splitter and tokenizer run on it, and their sentences and tokens are
scored against the gold ones by the characters they cover, ignoring white
space (as the CoNLL 2018 shared task does). Tokens are the syntactic words:
a contraction such as "didn't" counts as its words "did" and "n't".
`

// tokenScores is the JSON form of a file's result.
type tokenScores struct {
	File      string    `json:"file"`
	Tokens    scoreLine `json:"tokens"`
	Sentences scoreLine `json:"sentences"`
	Problems  int       `json:"problems,omitempty"` // lines of the file that could not be aligned
}

type scoreLine struct {
	segeval.Score
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newScoreLine(s segeval.Score) scoreLine {
	return scoreLine{Score: s, Precision: s.Precision(), Recall: s.Recall(), F1: s.F1()}
}

func evalTokensFile(e *env, name string, asJSON bool, showErrors int) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	gold, err := segeval.Read(f, name)
	var problems dyad.ErrorList
	if err != nil && !errors.As(err, &problems) {
		return err
	}
	for _, p := range problems {
		e.log.Warn("gold data problem", "err", p)
	}
	sys := segeval.Segment(gold, sentence.New(), token.New())
	res := segeval.Evaluate(gold, sys)
	out := tokenScores{File: name, Tokens: newScoreLine(res.Tokens), Sentences: newScoreLine(res.Sentences), Problems: len(problems)}
	if asJSON {
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%s\n", b)
	} else {
		fmt.Fprintf(e.stdout, "%s\n", name)
		for _, l := range []struct {
			name string
			s    scoreLine
		}{{"tokens", out.Tokens}, {"sentences", out.Sentences}} {
			fmt.Fprintf(e.stdout, "  %-9s  P %6.2f  R %6.2f  F1 %6.2f   (gold %d, system %d, correct %d)\n",
				l.name, l.s.Precision, l.s.Recall, l.s.F1, l.s.Gold, l.s.System, l.s.Correct)
		}
		if len(problems) > 0 {
			fmt.Fprintf(e.stdout, "  %d lines of the file could not be aligned to its text (DYAD_LOG=warn lists them)\n", len(problems))
		}
	}
	if showErrors > 0 {
		segeval.WriteErrors(e.stdout, gold, sys, showErrors)
	}
	return nil
}
