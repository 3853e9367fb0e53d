package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/english"
)

var evalUDCmd = &command{
	name:    "ud",
	args:    "[--json] FILE.conllu...",
	summary: "score the tagger and parser on gold CoNLL-U (UPOS, XPOS, UAS, LAS with gold tokenization)",
	run: func(ctx context.Context, e *env, fs *flag.FlagSet, args []string) error {
		asJSON := fs.Bool("json", false, "print the scores as JSON")
		if err := parseFlags(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			return fmt.Errorf("%w: no CoNLL-U file", errUsage)
		}
		m, err := english.Load()
		if err != nil {
			return err
		}
		var tally conllu.Tally
		for _, path := range fs.Args() {
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			sents, err := conllu.ReadAll(f, path)
			f.Close()
			if err != nil {
				return err
			}
			for _, s := range sents {
				if err := ctx.Err(); err != nil {
					return err
				}
				gold := s.Tokens()
				pred := analyseWords(m, gold)
				if err := tally.Add(gold, pred); err != nil {
					return err
				}
			}
		}
		sc := tally.Scores()
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(sc)
		}
		fmt.Fprintf(e.stdout, "sentences %d, words %d\n", sc.Sentences, sc.Words)
		fmt.Fprintf(e.stdout, "UPOS  %6.2f\nXPOS  %6.2f\nUAS   %6.2f\nLAS   %6.2f  (universal relations; %.2f with subtypes)\n", sc.UPOS, sc.XPOS, sc.UAS, sc.LAS, sc.LASFull)
		return nil
	},
}

// analyseWords tags and parses the words of gold (their forms only) and
// returns the predicted tokens.
func analyseWords(m *english.Model, gold []dyad.Token) []dyad.Token {
	s := dyad.Sentence{Tokens: slices.Clone(gold)}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		*t = dyad.Token{Text: t.Text, Span: t.Span, Head: -1}
	}
	m.Tagger.Tag(&s)
	m.Parser.Parse(&s)
	return s.Tokens
}
