package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/english"
	"github.com/dyadproject/dyad/segment"
)

var parseCmd = &command{
	name:    "parse",
	args:    "[--pretokenized] [FILE|-]",
	summary: "tag and parse English text (or pre-tokenized CoNLL-U) and write CoNLL-U",
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		pretok := fs.Bool("pretokenized", false, "the input is CoNLL-U: keep its sentences and words, predict UPOS, XPOS, HEAD and DEPREL")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() > 1 {
			return fmt.Errorf("%w: more than one input", errUsage)
		}
		name := "-"
		if fs.NArg() == 1 {
			name = fs.Arg(0)
		}
		in := e.stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			in = f
		}
		m, err := english.Load()
		if err != nil {
			return err
		}
		out := bufio.NewWriter(e.stdout)
		defer out.Flush()
		if *pretok {
			return parsePretokenized(ctx, e, m, in, name, out)
		}
		text, err := io.ReadAll(in)
		if err != nil {
			return err
		}
		for i, s := range analyseText(m, string(text)) {
			if err := ctx.Err(); err != nil {
				return err
			}
			cs := conllu.FromTokens(s.Tokens)
			cs.Comments = []string{"# sent_id = " + strconv.Itoa(i+1), "# text = " + s.Text}
			if err := conllu.Write(out, cs); err != nil {
				return err
			}
		}
		return nil
	},
}

// parsePretokenized predicts the tags and trees of the sentences of a
// CoNLL-U input and writes them back with everything else unchanged. A
// malformed sentence is reported and skipped; the others are written.
func parsePretokenized(ctx context.Context, e *env, m *english.Model, in io.Reader, name string, out io.Writer) error {
	rd := conllu.NewReader(in, name)
	failed := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *dyad.Error
			if !errors.As(err, &pe) {
				return err
			}
			fmt.Fprintln(e.stderr, err)
			failed++
			continue
		}
		s.SetTokens(analyseWords(m, s.Tokens()))
		if err := conllu.Write(out, s); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d malformed sentences skipped", errSomeFailed, failed)
	}
	return nil
}

// analyseText splits, tokenizes, tags and parses raw text.
func analyseText(m *english.Model, text string) []dyad.Sentence {
	sents := segment.Sentences(text)
	for i := range sents {
		m.Tagger.Tag(&sents[i])
		m.Parser.Parse(&sents[i])
	}
	return sents
}
