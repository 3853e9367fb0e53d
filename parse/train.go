package parse

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// TrainOptions control training.
type TrainOptions struct {
	Iterations int     // passes over the data; 0 means 15
	Seed       uint64  // seeds shuffling and exploration
	Explore    float64 // probability of following a wrong prediction after the first passes; 0 means 0.9
	// ExploreAfter is the number of passes trained on the oracle's path
	// alone before exploration starts; 0 means 1.
	ExploreAfter int
	MinWeight    float32
	// Reverse trains a parser that reads sentences from right to left.
	Reverse bool
	// MinDirection is how often a relation must be seen as a left (or
	// right) dependent to be predicted as one; 0 means 5.
	MinDirection int
	// MinUpdates drops the features changed fewer times than this in
	// training (each mistake changes two class weights of a feature).
	MinUpdates int
	// TryMinUpdates, with Dev, logs the dev scores and model size for each
	// of these cut-offs at the end (for choosing MinUpdates).
	TryMinUpdates []int
	// Supertags trains a supertagger whose guesses the parser reads (see
	// supertag.go). The parser's training sentences get the supertags of
	// supertaggers that did not see them, trained on SupertagFolds parts
	// (0 means 5; 1 trains on the supertags of the final supertagger).
	Supertags     bool
	SupertagFolds int
	SupertagIters int // supertagger training passes; 0 means 8
	Log           *slog.Logger
	// Dev, when set, is parsed after each pass and its scores logged. Its
	// tokens carry the tags the parser sees and the gold Head and Rel.
	Dev [][]dyad.Token
}

// item is a training sentence: its features' inputs and its gold tree with
// the root at index n.
type item struct {
	toks  []dyad.Token // in the order the parser reads them
	sent  *sentence
	head  []int32
	label []int32
}

// Train learns a parser from sentences whose tokens carry the tags the
// parser will see at run time (ideally predicted, jack-knifed) and gold
// Head and Rel. Training is deterministic for a given seed.
func Train(sents [][]dyad.Token, opt TrainOptions) (*Parser, error) {
	if opt.Iterations == 0 {
		opt.Iterations = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	if opt.MinDirection == 0 {
		opt.MinDirection = defaultMinDirection
	}
	if opt.ExploreAfter == 0 {
		opt.ExploreAfter = 1
	}
	labelSet := map[string]bool{RootLabel: true}
	type dir struct {
		rel   string
		right bool
	}
	dirCount := map[dir]int{}
	for _, s := range sents {
		for i, t := range s {
			if t.Rel == "" {
				return nil, fmt.Errorf("parse: training token %q has no relation", t.Text)
			}
			labelSet[t.Rel] = true
			if t.Head >= 0 {
				dirCount[dir{t.Rel, t.Head < i}]++
			}
		}
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	labelOf := map[string]int32{}
	for i, l := range labels {
		labelOf[l] = int32(i)
	}
	p := &Parser{labels: labels, reverse: opt.Reverse}
	cs := &p.classes
	cs.root = labelOf[RootLabel]
	cs.move = append(cs.move, moveShift)
	cs.label = append(cs.label, -1)
	for i, l := range labels {
		// Reading right to left swaps the directions.
		left, right := dirCount[dir{l, false}], dirCount[dir{l, true}]
		if opt.Reverse {
			left, right = right, left
		}
		if l == RootLabel || left >= opt.MinDirection {
			cs.move = append(cs.move, moveLeft)
			cs.label = append(cs.label, int32(i))
		}
		if l != RootLabel && right >= opt.MinDirection {
			cs.move = append(cs.move, moveRight)
			cs.label = append(cs.label, int32(i))
		}
	}

	var items []item
	for _, s := range sents {
		n := len(s)
		if n == 0 {
			continue
		}
		if opt.Reverse {
			s = reverseTokens(s)
		}
		it := item{toks: s, sent: newSentence(s), head: make([]int32, n), label: make([]int32, n)}
		roots := 0
		for i, t := range s {
			h := t.Head
			if h < 0 || h >= n {
				h = n
				roots++
			}
			it.head[i] = int32(h)
			it.label[i] = labelOf[t.Rel]
			if h == n {
				it.label[i] = cs.root
			}
		}
		if roots != 1 {
			continue // not a tree with one root: nothing to learn from
		}
		items = append(items, it)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("parse: no training trees")
	}
	nclass := cs.len()
	if nclass > linear.MaxClasses {
		return nil, fmt.Errorf("parse: %d relations, at most %d", len(labels), (linear.MaxClasses-1)/2)
	}
	tr := linear.NewTrainer(nclass)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x9a45))
	if opt.Supertags {
		p.super = supertagItems(items, opt, rng)
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nclass)
	feats := make([]uint64, 0, 128)
	st := newState(0)
	for pass := 0; pass < opt.Iterations; pass++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := pass >= opt.ExploreAfter
		var right, total int
		for _, ii := range order {
			it := &items[ii]
			n := len(it.head)
			st.reset(n)
			for !st.terminal() {
				feats = features(feats[:0], st, it.sent)
				clear(scores)
				tr.Score(feats, scores)
				pred := cs.best(st, scores)
				gold, predCost := oracle(st, it, scores, cs, pred)
				tr.Tick()
				total++
				if predCost > 0 {
					tr.Update(feats, gold, 1)
					tr.Update(feats, pred, -1)
				} else {
					right++
					gold = pred
				}
				next := gold
				if explore && rng.Float64() < opt.Explore {
					next = pred
				}
				cs.apply(st, next)
			}
		}
		if opt.Log != nil {
			args := []any{"pass", pass + 1, "train_acc", pct(right, total), "features", tr.Features()}
			if len(opt.Dev) > 0 {
				p.model = tr.AverageFrequent(opt.MinWeight, opt.MinUpdates)
				sc := p.Score(opt.Dev)
				args = append(args, "dev_uas", sc.UAS, "dev_las", sc.LAS)
			}
			opt.Log.Info("parser", args...)
		}
	}
	if opt.Log != nil && len(opt.Dev) > 0 {
		for _, k := range opt.TryMinUpdates {
			p.model = tr.AverageFrequent(opt.MinWeight, k)
			sc := p.Score(opt.Dev)
			opt.Log.Info("parser cut-off", "min_updates", k, "features", p.model.Features(), "weights", p.model.Weights(), "dev_uas", sc.UAS, "dev_las", sc.LAS)
		}
	}
	p.model = tr.AverageFrequent(opt.MinWeight, opt.MinUpdates)
	return p, nil
}

// oracle returns the best-scoring class among the valid classes of least
// cost, and the cost of pred above that least cost.
func oracle(st *state, it *item, scores []float32, cs *classSet, pred int) (gold, predCost int) {
	n := int32(st.n)
	b := st.b
	s0, s1 := st.s(0), st.s(1)
	// Costs of the three moves without labels, as the number of gold arcs
	// each makes unreachable; -1 marks an invalid move.
	cShift, cLeft, cRight := -1, -1, -1
	if st.canShift() {
		c := 0
		for i, k := range st.stack {
			if it.head[b] == k && i != len(st.stack)-1 {
				c++
			}
			if it.head[k] == b {
				c++
			}
		}
		cShift = c
	}
	// Dependents of s0 still in the buffer are lost by either pop.
	deps := 0
	if s0 >= 0 {
		for d := b; d < n; d++ {
			if it.head[d] == s0 {
				deps++
			}
		}
	}
	if ok, _ := st.canLeft(); ok {
		c := deps
		h := it.head[s0]
		if h != b && (h == s1 && s1 >= 0 || h > b) {
			c++
		}
		cLeft = c
	}
	if st.canRight() {
		c := deps
		h := it.head[s0]
		if h != s1 && h >= b {
			c++
		}
		cRight = c
	}
	cost := func(c int) int {
		m, l := cs.move[c], cs.label[c]
		switch m {
		case moveShift:
			return cShift
		case moveLeft:
			if cLeft < 0 {
				return -1
			}
			if it.head[s0] == b && l != it.label[s0] {
				return cLeft + 1
			}
			return cLeft
		default:
			if cRight < 0 {
				return -1
			}
			if it.head[s0] == s1 && l != it.label[s0] {
				return cRight + 1
			}
			return cRight
		}
	}
	minCost := -1
	gold = -1
	for c := range scores {
		if !cs.valid(st, c) {
			continue
		}
		k := cost(c)
		if k < 0 {
			continue
		}
		if minCost < 0 || k < minCost || k == minCost && scores[c] > scores[gold] {
			minCost, gold = k, c
		}
	}
	return gold, cost(pred) - minCost
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(int(10000*float64(a)/float64(b)+0.5)) / 100
}

// Scores are attachment scores in percent over syntactic words; LAS
// compares the universal part of the relation (before ':'), as the CoNLL
// 2018 evaluation does, and LASFull the whole relation.
type Scores struct {
	UAS, LAS, LASFull float64
	Words             int
}

// Score parses copies of gold sentences (keeping their tags) and returns
// the attachment scores.
func (p *Parser) Score(gold [][]dyad.Token) Scores { return score(p, gold) }

func score(p dyad.Parser, gold [][]dyad.Token) Scores {
	var ua, la, lf, n int
	for _, g := range gold {
		s := dyad.Sentence{Tokens: slices.Clone(g)}
		p.Parse(&s)
		for i := range g {
			n++
			if s.Tokens[i].Head == g[i].Head {
				ua++
				if Universal(s.Tokens[i].Rel) == Universal(g[i].Rel) {
					la++
				}
				if s.Tokens[i].Rel == g[i].Rel {
					lf++
				}
			}
		}
	}
	return Scores{UAS: pct(ua, n), LAS: pct(la, n), LASFull: pct(lf, n), Words: n}
}

// Universal returns the universal part of a relation: "nsubj" of
// "nsubj:pass".
func Universal(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}

// supertagItems trains the supertagger on the gold trees of items, and
// gives their sentences the supertags of supertaggers that did not see
// them (jack-knifing), so that the parser learns how far to trust them.
func supertagItems(items []item, opt TrainOptions, rng *rand.Rand) *supertagger {
	folds := opt.SupertagFolds
	if folds == 0 {
		folds = 5
	}
	iters := opt.SupertagIters
	if iters == 0 {
		iters = 8
	}
	classOf := map[string]int32{}
	var names []string
	st := make([]stItem, len(items))
	for i, it := range items {
		m := len(it.head)
		sti := stItem{ws: stWords(it.toks), gold: make([]int32, m)}
		for k := range m {
			name := supertagClass(it.toks, k)
			c, ok := classOf[name]
			if !ok {
				c = int32(len(names))
				classOf[name] = c
				names = append(names, name)
			}
			sti.gold[m-1-k] = c // the supertagger reads right to left
		}
		st[i] = sti
	}
	tagAll := func(sp *supertagger, fold int) {
		for i := range items {
			if fold < 0 || i%folds == fold {
				items[i].sent.super = sp.tag(items[i].toks)
			}
		}
	}
	if folds > 1 && len(items) >= folds {
		for f := range folds {
			var in []stItem
			for i := range st {
				if i%folds != f {
					in = append(in, st[i])
				}
			}
			tagAll(trainSupertagger(in, names, iters, rng), f)
			if opt.Log != nil {
				opt.Log.Info("supertagger fold", "fold", f+1, "of", folds)
			}
		}
	}
	sp := trainSupertagger(st, names, iters, rng)
	if folds <= 1 || len(items) < folds {
		tagAll(sp, -1)
	}
	if opt.Log != nil {
		var right, total int
		for i := range items {
			m := len(st[i].gold)
			for k, g := range st[i].gold {
				total++
				if items[i].sent.super[m-1-k] == sp.hashes[g] {
					right++
				}
			}
		}
		opt.Log.Info("supertagger", "classes", len(names), "jack-knifed_train_acc", pct(right, total))
	}
	return sp
}
