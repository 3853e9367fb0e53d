package english

import (
	"log/slog"
	"slices"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/parse"
	"github.com/dyadproject/dyad/tag"
)

// TrainOptions control training. The embedded model was made with the
// defaults of "dyad train" (see the README).
type TrainOptions struct {
	Seed uint64
	// TagIterations and ParseIterations are the training passes; 0 means
	// the packages' defaults.
	TagIterations, ParseIterations int
	// TagFolds is the tagger's own jack-knifing of its first stage (see
	// tag.TrainOptions.Folds); 0 means its default.
	TagFolds int
	// ParseFolds is the number of parts the training data is cut into to
	// give the parser tags predicted by taggers that did not see the
	// sentence, as it will meet at run time; 0 means 5, 1 trains the
	// parser on gold tags.
	ParseFolds int
	// MinUpdates drops the parser features changed fewer times than this
	// in training; TryMinUpdates logs dev scores for other cut-offs.
	MinUpdates    int
	TryMinUpdates []int
	// Supertags trains each parser with a supertagger whose guesses it
	// reads (see the parse package): a little more accurate, slower.
	Supertags bool
	// Parsers describes the parsers to train; none means one reading left
	// to right. Several vote (parse.Ensemble).
	Parsers []ParserOptions
	Log     *slog.Logger
	// Dev sentences (gold) are only scored and logged, never trained on.
	Dev [][]dyad.Token
}

// ParserOptions set one parser of the model apart from the others.
type ParserOptions struct {
	Reverse bool   // read right to left
	Seed    uint64 // added to TrainOptions.Seed
}

// Train learns a model from gold sentences.
func Train(sents [][]dyad.Token, opt TrainOptions) (*Model, error) {
	if opt.ParseFolds == 0 {
		opt.ParseFolds = 5
	}
	log := opt.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	tagOpt := tag.TrainOptions{Iterations: opt.TagIterations, Seed: opt.Seed, Folds: opt.TagFolds}
	start := time.Now()
	tagger, err := tag.Train(sents, tagOpt)
	if err != nil {
		return nil, err
	}
	if len(opt.Dev) > 0 {
		u, x := tagger.Accuracy(opt.Dev)
		log.Info("tagger trained", "dev_upos", u, "dev_xpos", x, "elapsed", time.Since(start).Round(time.Second))
	}
	// Tags for the parser's training data, each from a tagger that did
	// not see the sentence.
	tagged := make([][]dyad.Token, len(sents))
	for i, s := range sents {
		tagged[i] = slices.Clone(s)
	}
	if opt.ParseFolds > 1 && len(sents) >= opt.ParseFolds {
		for k := 0; k < opt.ParseFolds; k++ {
			var in [][]dyad.Token
			for i, s := range sents {
				if i%opt.ParseFolds != k {
					in = append(in, s)
				}
			}
			// One left-to-right pass is enough to give the parser
			// realistic tagging errors, at a fraction of the time.
			foldOpt := tagOpt
			foldOpt.Folds = 1
			fold, err := tag.Train(in, foldOpt)
			if err != nil {
				return nil, err
			}
			for i := range tagged {
				if i%opt.ParseFolds == k {
					retag(fold, tagged[i])
				}
			}
			log.Info("jack-knife tagger", "fold", k+1, "of", opt.ParseFolds, "elapsed", time.Since(start).Round(time.Second))
		}
	}
	var dev [][]dyad.Token
	for _, s := range opt.Dev {
		s = slices.Clone(s)
		retag(tagger, s)
		dev = append(dev, s)
	}
	popts := opt.Parsers
	if len(popts) == 0 {
		popts = []ParserOptions{{}}
	}
	var parsers []*parse.Parser
	for _, po := range popts {
		parser, err := parse.Train(tagged, parse.TrainOptions{
			Iterations: opt.ParseIterations, Seed: opt.Seed + po.Seed, Reverse: po.Reverse, Log: opt.Log, Dev: dev,
			MinUpdates: opt.MinUpdates, TryMinUpdates: opt.TryMinUpdates,
			Supertags: opt.Supertags,
		})
		if err != nil {
			return nil, err
		}
		if len(dev) > 0 {
			sc := parser.Score(dev)
			log.Info("parser trained", "reverse", po.Reverse, "dev_uas", sc.UAS, "dev_las", sc.LAS, "elapsed", time.Since(start).Round(time.Second))
		}
		parsers = append(parsers, parser)
	}
	if len(dev) > 0 && len(parsers) > 1 {
		sc := (&parse.Ensemble{Parsers: parsers}).Score(dev)
		log.Info("ensemble", "parsers", len(parsers), "dev_uas", sc.UAS, "dev_las", sc.LAS)
	}
	return newModel(tagger, parsers), nil
}

// retag replaces the tags of toks with the tagger's, keeping the rest.
func retag(t *tag.Tagger, toks []dyad.Token) {
	s := dyad.Sentence{Tokens: toks}
	for i := range toks {
		toks[i].UPOS, toks[i].XPOS = "", ""
	}
	lemmas := make([]string, len(toks))
	for i := range toks {
		lemmas[i] = toks[i].Lemma
	}
	t.Tag(&s)
	for i := range toks {
		toks[i].Lemma = lemmas[i]
	}
}
