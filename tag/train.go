package tag

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// TrainOptions control training.
type TrainOptions struct {
	Iterations int    // passes over the data; 0 means 10
	Seed       uint64 // seeds the shuffling of sentences between passes
	// Folds is the number of parts the data is cut into so that the
	// second stage learns from first-stage guesses on text the first stage
	// did not see; 0 means 5, 1 trains a single left-to-right pass.
	Folds     int
	MinWeight float32
	// MinUpdates drops the features changed fewer times than this.
	MinUpdates int
	Log        *slog.Logger // progress; nil for none
	// Dev, when set, is tagged after each pass and its accuracy logged.
	Dev [][]dyad.Token
}

// item is a training sentence: its analysed words and gold classes.
type item struct {
	ws   []word
	gold []int
}

// Train learns a tagger from sentences whose tokens carry gold UPOS and
// XPOS (and Lemma, for the lemmatiser). Training is deterministic for a
// given seed.
func Train(sents [][]dyad.Token, opt TrainOptions) (*Tagger, error) {
	if opt.Iterations == 0 {
		opt.Iterations = 10
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	classOf := map[string]int{}
	var names []string
	for _, s := range sents {
		for _, t := range s {
			if t.UPOS == "" || t.XPOS == "" {
				return nil, fmt.Errorf("tag: training token %q has no UPOS or XPOS", t.Text)
			}
			k := t.UPOS + " " + t.XPOS
			if _, ok := classOf[k]; !ok {
				classOf[k] = len(names)
				names = append(names, k)
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("tag: no training data")
	}
	if len(names) > linear.MaxClasses {
		return nil, fmt.Errorf("tag: %d tag pairs, at most %d", len(names), linear.MaxClasses)
	}
	tg := &Tagger{}
	for _, n := range names {
		u, x := splitClass(n)
		tg.upos = append(tg.upos, u)
		tg.xpos = append(tg.xpos, x)
	}
	tg.hashes = classHashes(tg.upos, tg.xpos)

	tg.dict = learnDict(sents, classOf)

	items := make([]item, len(sents))
	for i, s := range sents {
		it := item{ws: make([]word, len(s)), gold: make([]int, len(s))}
		for j, t := range s {
			it.ws[j] = analyse(t.Text, j == 0)
			it.gold[j] = classOf[t.UPOS+" "+t.XPOS]
		}
		items[i] = it
	}
	var guesses [][]uint64
	if opt.Folds > 1 && len(items) >= opt.Folds {
		// First-stage guesses for every training sentence from a model
		// that did not train on it.
		guesses = make([][]uint64, len(items))
		for k := 0; k < opt.Folds; k++ {
			var in []item
			for i := range items {
				if i%opt.Folds != k {
					in = append(in, reversed(items[i]))
				}
			}
			m := tg.trainStage(in, nil, len(names), opt, fmt.Sprintf("guesser fold %d", k+1))
			for i := range items {
				if i%opt.Folds == k {
					guesses[i] = tg.guess(m, items[i].ws)
				}
			}
		}
		rev := make([]item, len(items))
		for i := range items {
			rev[i] = reversed(items[i])
		}
		tg.first = tg.trainStage(rev, nil, len(names), opt, "guesser")
	}
	tg.model = tg.trainStage(items, guesses, len(names), opt, "tagger")
	tg.lemma = LearnLemmas(sents)
	return tg, nil
}

func reversed(it item) item {
	r := item{ws: slices.Clone(it.ws), gold: slices.Clone(it.gold)}
	slices.Reverse(r.ws)
	slices.Reverse(r.gold)
	return r
}

// trainStage trains one greedy left-to-right model on items; guesses, when
// not nil, are the first-stage guesses for each item.
func (tg *Tagger) trainStage(items []item, guesses [][]uint64, nclass int, opt TrainOptions, name string) *linear.Model {
	tr := linear.NewTrainer(nclass)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a6))
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nclass)
	var feats []uint64
	for it := 0; it < opt.Iterations; it++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var right, total int
		for _, si := range order {
			s := &items[si]
			var guess []uint64
			if guesses != nil {
				guess = guesses[si]
			}
			hist := make([]uint64, len(s.ws))
			// Train on every word, the dictionary's too: skipping them
			// would starve the shared features of their most frequent
			// evidence (it costs 0.2 points of XPOS accuracy).
			for i := range s.ws {
				feats = features(feats[:0], s.ws, hist, guess, i)
				clear(scores)
				tr.Score(feats, scores)
				pred := argmax(scores)
				tr.Tick()
				if pred != s.gold[i] {
					tr.Update(feats, s.gold[i], 1)
					tr.Update(feats, pred, -1)
				} else {
					right++
				}
				total++
				// Condition on the prediction, as at run time.
				hist[i] = tg.hashes[pred]
			}
		}
		if opt.Log != nil {
			args := []any{"pass", it + 1, "train_acc", pct(right, total), "features", tr.Features()}
			if len(opt.Dev) > 0 && name == "tagger" {
				saved := tg.model
				tg.model = tr.AverageFrequent(opt.MinWeight, opt.MinUpdates)
				u, x := tg.Accuracy(opt.Dev)
				tg.model = saved
				args = append(args, "dev_upos", u, "dev_xpos", x)
			}
			opt.Log.Info(name, args...)
		}
	}
	return tr.AverageFrequent(opt.MinWeight, opt.MinUpdates)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(int(10000*float64(a)/float64(b)+0.5)) / 100
}

// Accuracy tags copies of gold sentences and returns UPOS and XPOS accuracy
// in percent.
func (t *Tagger) Accuracy(gold [][]dyad.Token) (upos, xpos float64) {
	var u, x, n int
	for _, g := range gold {
		s := dyad.Sentence{Tokens: slices.Clone(g)}
		for i := range s.Tokens {
			s.Tokens[i].UPOS, s.Tokens[i].XPOS = "", ""
		}
		t.Tag(&s)
		for i := range g {
			if s.Tokens[i].UPOS == g[i].UPOS {
				u++
			}
			if s.Tokens[i].XPOS == g[i].XPOS {
				x++
			}
			n++
		}
	}
	return pct(u, n), pct(x, n)
}

// learnDict finds the frequent words that (nearly) always have one class.
func learnDict(sents [][]dyad.Token, classOf map[string]int) map[uint64]int32 {
	counts := map[string]map[int]int{}
	for _, s := range sents {
		for _, t := range s {
			m := counts[t.Text]
			if m == nil {
				m = map[int]int{}
				counts[t.Text] = m
			}
			m[classOf[t.UPOS+" "+t.XPOS]]++
		}
	}
	dict := map[uint64]int32{}
	for w, m := range counts {
		total, best, bestC := 0, 0, 0
		for c, n := range m {
			total += n
			if n > best || n == best && c < bestC {
				best, bestC = n, c
			}
		}
		if total >= dictMinCount && float64(best) >= dictMinShare*float64(total) {
			dict[linear.String(w)] = int32(bestC)
		}
	}
	return dict
}
