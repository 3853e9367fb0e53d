package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/english"
)

var trainCmd = &command{
	name:    "train",
	args:    "[--ewt FILE] [--gum FILE] [--dev FILE] [--seed N] [--out FILE]",
	summary: "train the English tagger and parser from UD treebanks (regenerates english/model.gz)",
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		ewt := fs.String("ewt", filepath.Join("..", "shared", "ud", "en_ewt-ud-train.conllu"), "UD English EWT training `file`")
		gum := fs.String("gum", filepath.Join("..", "shared", "ud", "gum-cc-train.conllu"), "GUM training `file` (\"\" for none)")
		dev := fs.String("dev", "", "development `file`, only scored and logged after each pass")
		seed := fs.Uint64("seed", 1, "random `seed`; the same seed and data give the same model")
		out := fs.String("out", filepath.Join("english", "model.gz"), "model `file` to write")
		tagIters := fs.Int("tag-iters", 0, "tagger training passes (0: default)")
		parseIters := fs.Int("parse-iters", 0, "parser training passes (0: default)")
		folds := fs.Int("folds", 0, "jack-knife folds for the parser's training tags (0: default 5, 1: gold tags)")
		minUpdates := fs.Int("min-updates", 4, "drop parser features changed fewer times than this in training (smaller, faster model)")
		supertags := fs.Bool("supertags", false, "train the parser with a supertagger whose guesses it reads: a little more accurate (see README), a fifth slower")
		average := fs.Int("average", 2, "train this many parsers with successive seeds and average their weights: an ensemble at the speed of one parser (see README; 1 with --supertags)")
		revise := fs.Bool("revise", true, "also train a reviser that moves words the parser hung wrongly, learnt from trees parsed by parsers trained on the other fifths of the data: more accurate trees (see README), a quarter slower to tag and parse, three times the training time (--average 1 --revise=false: the fast single parser)")
		ensemble := fs.Bool("ensemble", false, "train three parsers that vote (left to right twice, right to left once): more accurate, three times slower")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
		}
		if *average < 1 {
			return fmt.Errorf("%w: --average must be at least 1", errUsage)
		}
		if *supertags && *average > 1 {
			if flagSet(fs, "average") {
				return fmt.Errorf("%w: parsers with supertags cannot be averaged: use --average 1", errUsage)
			}
			*average = 1
		}
		var train [][]dyad.Token
		for _, p := range []string{*ewt, *gum} {
			if p == "" {
				continue
			}
			s, err := readTrees(p)
			if err != nil {
				return err
			}
			train = append(train, s...)
		}
		var devSents [][]dyad.Token
		if *dev != "" {
			var err error
			if devSents, err = readTrees(*dev); err != nil {
				return err
			}
		}
		e.log.Info("training", "sentences", len(train), "seed", *seed)
		start := time.Now()
		m, err := english.Train(train, english.TrainOptions{
			Seed: *seed, TagIterations: *tagIters, ParseIterations: *parseIters, ParseFolds: *folds,
			MinUpdates: *minUpdates, Supertags: *supertags, Parsers: parserOptions(*ensemble), Log: e.log, Dev: devSents,
			Average: *average, Revise: *revise,
		})
		if err != nil {
			return err
		}
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := m.Save(f); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fi, _ := os.Stat(*out)
		fmt.Fprintf(e.stdout, "wrote %s (%d bytes) from %d sentences in %s\n", *out, fi.Size(), len(train), time.Since(start).Round(time.Second))
		return nil
	},
}

// readTrees reads a CoNLL-U file as token lists; any malformed sentence is
// an error, since training on part of a file would pass unnoticed.
func readTrees(path string) ([][]dyad.Token, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, path)
	if err != nil {
		return nil, err
	}
	out := make([][]dyad.Token, len(sents))
	for i, s := range sents {
		out[i] = s.Tokens()
	}
	return out, nil
}

// parserOptions returns the parsers to train: one, or three that vote.
func parserOptions(ensemble bool) []english.ParserOptions {
	if !ensemble {
		return nil
	}
	return []english.ParserOptions{{}, {Reverse: true, Seed: 1}, {Seed: 2}}
}
