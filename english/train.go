package english

import (
	"errors"
	"log/slog"
	"runtime"
	"slices"
	"sync"
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
	// Average is the number of parsers trained with successive seeds whose
	// weights are averaged into each parser of the model (parse.Mean): an
	// ensemble at the speed of one parser. 0 means 1.
	Average int
	// Revise trains a reviser for each left-to-right parser (see
	// parse.Reviser) on trees built by parsers trained on the other
	// ReviseFolds parts of the data (0 means 5).
	Revise      bool
	ReviseFolds int
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
		parser, err := trainParser(tagged, sents, dev, po, opt)
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

// trainParser trains the parsers of one ParserOptions at once, as many at a
// time as there are processors (each has its own seed, so the result does
// not depend on the order they finish in): opt.Average parsers whose
// weights are averaged, and, for a reviser, one parser per fold that
// parses the sentences it did not see.
func trainParser(tagged, gold, dev [][]dyad.Token, po ParserOptions, opt TrainOptions) (*parse.Parser, error) {
	average := max(opt.Average, 1)
	if average > 1 && opt.Supertags {
		return nil, errors.New("english: parsers with supertags cannot be averaged (train with Average 1)")
	}
	folds := opt.ReviseFolds
	if folds == 0 {
		folds = 5
	}
	revise := opt.Revise && !po.Reverse && len(tagged) >= folds
	popt := func(seed uint64, withDev bool) parse.TrainOptions {
		o := parse.TrainOptions{
			Iterations: opt.ParseIterations, Seed: seed, Reverse: po.Reverse,
			MinUpdates: opt.MinUpdates, Supertags: opt.Supertags,
		}
		if withDev {
			o.Log, o.Dev, o.TryMinUpdates = opt.Log, dev, opt.TryMinUpdates
		}
		return o
	}
	type job struct {
		sents [][]dyad.Token
		opt   parse.TrainOptions
		fold  int // -1 for a parser of the model
	}
	var jobs []job
	for k := range average {
		jobs = append(jobs, job{tagged, popt(opt.Seed+po.Seed+uint64(k), k == 0), -1})
	}
	if revise {
		for f := range folds {
			var in [][]dyad.Token
			for i, s := range tagged {
				if i%folds != f {
					in = append(in, s)
				}
			}
			jobs = append(jobs, job{in, popt(opt.Seed+po.Seed, false), f})
		}
	}
	results := make([]*parse.Parser, len(jobs))
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, max(1, min(runtime.NumCPU(), len(jobs))))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			results[i], errs[i] = parse.Train(j.sents, j.opt)
			if opt.Log != nil {
				opt.Log.Info("parser", "job", i+1, "of", len(jobs), "fold", j.fold+1)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	p := results[0]
	if average > 1 {
		var err error
		if p, err = parse.Mean(results[:average]...); err != nil {
			return nil, err
		}
	}
	if !revise {
		return p, nil
	}
	var pred, goldTrees [][]dyad.Token
	var margins [][]float32
	for i, j := range jobs[average:] {
		fp := results[average+i]
		for k, s := range tagged {
			if k%folds != j.fold {
				continue
			}
			c := dyad.Sentence{Tokens: slices.Clone(s)}
			margins = append(margins, fp.ParseMargins(&c))
			pred = append(pred, c.Tokens)
			goldTrees = append(goldTrees, gold[k])
		}
	}
	p.SetReviser(parse.TrainReviser(pred, margins, goldTrees, p.Labels(), parse.ReviseOptions{Seed: opt.Seed + po.Seed}))
	return p, nil
}
