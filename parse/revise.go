package parse

import (
	"math/rand/v2"
	"slices"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// Reviser looks again at the head of every word once the parser has built
// the whole tree (tree revision: Attardi and Ciaramita 2007; corrective
// modelling: Hall and Novák 2005). The greedy parser chooses a head seeing
// only a few words to its right; the reviser sees the finished tree: what
// the word and each possible head already govern, what lies between them,
// the preposition or conjunction the word carries. For each word it ranks
// the heads it could move to without crossing an arc (its own head and the
// words on the edges of the neighbouring subtrees), and moves it when
// another ranks first. It is trained on trees the parser built for
// sentences it did not train on, so it learns the parser's real mistakes.
type Reviser struct {
	model *linear.Model // one class: the score of a candidate head
	// labels gives a moved word its relation under the new head, one
	// class per relation of the parser.
	labels *linear.Model
}

// revTree is a parsed sentence as the reviser reads it.
type revTree struct {
	sent   *sentence
	n      int
	head   []int32 // -1 for the root word
	label  []int32
	lo, hi []int32 // the span of each word's subtree
	kids   [][]int32
	labels *revLabels
	// margin is how surely the parser attached each word (see
	// Parser.ParseMargins).
	margin []float32
}

// revLabels holds what the reviser needs of each relation.
type revLabels struct {
	root int32    // the root relation
	hash []uint64 // universal part, hashed
	kind []uint8
	bit  []uint64 // the relation's bit in a set of children's relations; 0 for none
	// once marks the relations a head has at most one of (subject,
	// object, copula, expletive).
	once []bool
}

const (
	kindCaseMark = 1 << iota // case or mark: the word's preposition or conjunction
	kindObject               // obj or iobj
)

// Relations whose presence among a word's children the reviser reads.
var revKeptRels = []string{"nsubj", "obj", "obl", "cop", "case", "det", "mark", "cc", "aux", "conj", "compound", "amod", "nmod", "advmod", "xcomp", "ccomp"}

func newRevLabels(labels []string) *revLabels {
	rl := &revLabels{root: -1, hash: make([]uint64, len(labels)), kind: make([]uint8, len(labels)), bit: make([]uint64, len(labels)), once: make([]bool, len(labels))}
	for i, l := range labels {
		if l == RootLabel {
			rl.root = int32(i)
		}
		u := Universal(l)
		rl.hash[i] = linear.String(u)
		switch u {
		case "case", "mark":
			rl.kind[i] = kindCaseMark
		case "obj", "iobj":
			rl.kind[i] = kindObject
		}
		switch u {
		case "nsubj", "csubj", "obj", "iobj", "cop", "expl":
			rl.once[i] = true
		}
		if k := slices.Index(revKeptRels, u); k >= 0 {
			rl.bit[i] = 1 << k
		}
	}
	return rl
}

func (t *revTree) build(sent *sentence, head, label []int32, rl *revLabels) {
	n := len(head)
	t.sent, t.n, t.head, t.label, t.labels = sent, n, head, label, rl
	t.lo, t.hi = growInt32(t.lo, n), growInt32(t.hi, n)
	if cap(t.kids) < n {
		t.kids = make([][]int32, n)
	}
	t.kids = t.kids[:n]
	for i := range t.kids {
		t.kids[i] = t.kids[i][:0]
	}
	t.spans()
	for d, h := range head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], int32(d))
		}
	}
}

// spans sets lo and hi from the heads.
func (t *revTree) spans() {
	for i := range t.n {
		t.lo[i], t.hi[i] = int32(i), int32(i)
	}
	for d := range t.n {
		for h, k := t.head[d], 0; h >= 0 && k < t.n; h, k = t.head[h], k+1 {
			t.lo[h] = min(t.lo[h], int32(d))
			t.hi[h] = max(t.hi[h], int32(d))
		}
	}
}

func growInt32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// crosses reports whether an arc between a and b (a < b) would cross an
// arc of the tree other than skip's.
func (t *revTree) crosses(a, b, skip int32) bool {
	for d, h := range t.head {
		if int32(d) == skip || h < 0 {
			continue
		}
		l, r := min(int32(d), h), max(int32(d), h)
		if l < a && a < r && r < b || a < l && l < b && b < r {
			return true
		}
	}
	return false
}

// dominates reports whether a is d or one of its ancestors.
func (t *revTree) dominates(a, d int32) bool {
	for k := 0; d >= 0 && k <= t.n; d, k = t.head[d], k+1 {
		if d == a {
			return true
		}
	}
	return false
}

// candidates appends the words d could hang from without crossing an arc:
// the ancestors of the words just outside its subtree. The current head is
// always among them.
func (t *revTree) candidates(dst []int32, d int32) []int32 {
	lo, hi := t.lo[d], t.hi[d]
	for _, start := range [2]int32{lo - 1, hi + 1} {
		if start < 0 || int(start) >= t.n {
			continue
		}
		for c, k := start, 0; c >= 0 && k <= t.n; c, k = t.head[c], k+1 {
			if c >= lo && c <= hi || slices.Contains(dst, c) {
				continue
			}
			if (c < lo) != (start < lo) {
				continue // on the other side: the walk from there finds it
			}
			if !t.crosses(min(c, d), max(c, d), d) {
				dst = append(dst, c)
			}
		}
	}
	return dst
}

// Kinds of candidate, by their place in the tree relative to the word.
const (
	kinHead = iota + 1
	kinGrandparent
	kinSibling
	kinGreatGrandparent
	kinAncestor
	kinOther
)

func (t *revTree) kin(d, c int32) uint64 {
	h := t.head[d]
	switch {
	case c == h:
		return kinHead
	case h >= 0 && c == t.head[h]:
		return kinGrandparent
	case t.head[c] == h:
		return kinSibling
	case h >= 0 && t.head[h] >= 0 && c == t.head[t.head[h]]:
		return kinGreatGrandparent
	case t.dominates(c, h):
		return kinAncestor
	}
	return kinOther
}

// revDistance buckets the distance between a word and a candidate head.
// The buckets reach further than the parser's (distance): a candidate can
// be anywhere in the tree, the parser's items are near each other. Both
// are part of their stored models.
func revDistance(a, b int32) uint64 {
	d := a - b
	if d < 0 {
		d = -d
	}
	switch {
	case d < 4:
		return uint64(d)
	case d < 7:
		return 4
	case d < 12:
		return 7
	}
	return 12
}

// childSet returns the set of kept relations among w's children other than
// skip.
func (t *revTree) childSet(w, skip int32) uint64 {
	var set uint64
	for _, k := range t.kids[w] {
		if k != skip {
			set |= t.labels.bit[t.label[k]]
		}
	}
	return set
}

// Feature templates of the reviser; the numbers are part of the stored
// model. The blank ones are retired: dropping any of them alone cost
// nothing on EWT or GUM dev, nor did dropping them together, and each
// costs a lookup for every candidate head.
const (
	rKin = iota + 1
	rKinRel
	_ // kin, word's UPOS
	_ // kin, word's XPOS, candidate's UPOS
	_ // relation, candidate's UPOS, direction
	_ // relation, candidate's XPOS, distance
	rUposCUposDir
	rTagCTagDist
	rCaseCUpos
	_ // case word, candidate's word
	_ // case word, candidate's XPOS, distance
	_ // word, candidate's word
	rWordCUposDir
	rUposCWordDir
	rCRelRel
	rCRelRelKin
	rVerbBetween
	rPunctBetween
	rCObjCase
	rWordCaseCWord
	rKinDistRel
	rSameUpos
	rAdjacent
	rCaseWordCUpos
	rPunctKinCRel
	rPunctDirCRelAdj
	rChildrenKin
	rCChildrenRel
	rChildrenCUposDir
	_ // sureness, kin
	rSureKinRel
	rSureKinDir
)

// sureness buckets a word's attachment margin: the reviser should move the
// words the parser hung by a hair, and leave those it was sure of.
func (t *revTree) sureness(d int32) uint64 {
	// In weight units: a tenth of the words are attached by less than
	// about 30, half by less than about 130.
	m := t.margin[d]
	switch {
	case m < 8:
		return 0
	case m < 20:
		return 1
	case m < 40:
		return 2
	case m < 80:
		return 3
	case m < 160:
		return 4
	}
	return 5
}

var (
	hVerb  = linear.String("VERB")
	hAux   = linear.String("AUX")
	hPunct = linear.String("PUNCT")
)

// features appends the features of hanging d from c.
func (t *revTree) features(dst []uint64, d, c int32) []uint64 {
	s := t.sent
	rl := t.labels
	f1, f2, f3 := linear.F1, linear.F2, linear.F3
	kin := t.kin(d, c)
	dir := uint64(0)
	if c > d {
		dir = 1
	}
	dist := revDistance(c, d)
	caseWord := hNone
	for _, k := range t.kids[d] {
		if rl.kind[t.label[k]] == kindCaseMark {
			caseWord = s.word[k]
			break
		}
	}
	cObj := uint64(0)
	for _, k := range t.kids[c] {
		if rl.kind[t.label[k]] == kindObject {
			cObj = 1
			break
		}
	}
	var verbBetween, punctBetween uint64
	for i := min(c, d) + 1; i < max(c, d); i++ {
		switch s.upos[i] {
		case hVerb, hAux:
			verbBetween = 1
		case hPunct:
			punctBetween = 1
		}
	}
	same := uint64(0)
	if s.upos[c] == s.upos[d] {
		same = 1
	}
	adjacent := uint64(0)
	if c < d && t.hi[c] == t.lo[d]-1 || c > d && t.lo[c] == t.hi[d]+1 {
		adjacent = 1
	}
	punct, punctAdj := hNone, uint64(0)
	if s.upos[d] == hPunct {
		punct = s.word[d]
		if t.hi[c] == d-1 || t.lo[c] == d+1 {
			punctAdj = 1
		}
	}
	rel, cRel := rl.hash[t.label[d]], rl.hash[t.label[c]]
	dw, dp, du := s.word[d], s.tag[d], s.upos[d]
	cw, cp, cu := s.word[c], s.tag[c], s.upos[c]
	return append(dst,
		f1(rKin, kin),
		f2(rKinRel, kin, rel),
		f3(rUposCUposDir, du, cu, dir),
		f3(rTagCTagDist, dp, cp, dist),
		f2(rCaseCUpos, caseWord, cu),
		f3(rWordCUposDir, dw, cu, dir),
		f3(rUposCWordDir, du, cw, dir),
		f2(rCRelRel, cRel, rel),
		f3(rCRelRelKin, cRel, rel, kin),
		f3(rVerbBetween, verbBetween, rel, dir),
		f3(rPunctBetween, punctBetween, rel, dir),
		f3(rCObjCase, cObj, caseWord, cu),
		f3(rWordCaseCWord, dw, caseWord, cw),
		f3(rKinDistRel, kin, dist, rel),
		f3(rSameUpos, same, rel, kin),
		f3(rAdjacent, adjacent, rel, kin),
		f3(rCaseWordCUpos, caseWord, dw, cu),
		f3(rPunctKinCRel, punct, kin, cRel),
		linear.Feature(rPunctDirCRelAdj, punct, dir, cRel, punctAdj),
		f2(rChildrenKin, uint64(min(len(t.kids[c]), 4)), kin),
		f2(rCChildrenRel, t.childSet(c, d), rel),
		f3(rChildrenCUposDir, t.childSet(d, -1), cu, dir),
		f3(rSureKinRel, t.sureness(d), kin, rel),
		f3(rSureKinDir, t.sureness(d), kin, dir),
	)
}

// move is a change the reviser proposes: hang d from c, margin points ahead
// of its head.
type move struct {
	d, c   int32
	margin float32
}

// revise moves the words of a parsed sentence whose head another candidate
// outranks, and gives them their relation under the new head, in rounds
// until a round moves nothing. The tree's head and label are changed in
// place.
func (r *Reviser) revise(t *revTree) {
	lo, hi := int32(0), int32(t.n-1)
	for round := range reviseRounds {
		if round > 0 {
			t.spans()
		}
		if lo, hi = r.reviseOnce(t, lo, hi); lo > hi {
			return
		}
	}
}

// maxReviseWords is the longest sentence the reviser looks at. Its work
// grows with the number of candidate heads times the arcs each must not
// cross, up to the cube of the length in a deep tree; a longer "sentence"
// is a table, a list or text without full stops (the segmenter cuts those
// at 2,000 bytes), and it is left as the parser built it. EWT and GUM dev
// have none so long.
const maxReviseWords = 120

// reviseRounds bounds the rounds of moves: a move can bring another
// word's error into view (a conjunct moved to its verb shows where the
// verb's object belongs), so the reviser looks again while it moves
// anything. A second round gained 0.1 UAS on EWT dev, a third a little on
// GUM dev, a fourth nothing.
const reviseRounds = 3

// reviseOnce makes one round of moves among the words lo to hi and returns
// the words the next round must look at again (lo > hi when it moved
// nothing).
func (r *Reviser) reviseOnce(t *revTree, lo, hi int32) (int32, int32) {
	var moves []move
	var cands []int32
	var feats []uint64
	var score [1]float32
	scores := make([]float32, 0, 16)
	for d := lo; d <= hi; d++ {
		if t.head[d] < 0 {
			continue // the root stays: moving it would leave no root
		}
		cands = t.candidates(cands[:0], d)
		if len(cands) < 2 {
			continue
		}
		scores = scores[:0]
		best, cur := 0, 0
		for i, c := range cands {
			feats = t.features(feats[:0], d, c)
			score[0] = 0
			r.model.Score(feats, score[:])
			scores = append(scores, score[0])
			if score[0] > scores[best] {
				best = i
			}
			if c == t.head[d] {
				cur = i
			}
		}
		if best != cur && scores[best] > scores[cur] {
			moves = append(moves, move{d, cands[best], scores[best] - scores[cur]})
		}
	}
	if len(moves) == 0 {
		return 1, 0
	}
	// Surest first; each move is checked against the tree the earlier
	// ones left, which must stay a projective tree.
	slices.SortStableFunc(moves, func(a, b move) int {
		switch {
		case a.margin > b.margin:
			return -1
		case a.margin < b.margin:
			return 1
		}
		return 0
	})
	// The next round looks only around the moves: the words a move can
	// change the candidates or features of are near its old and new head
	// and the moved subtree.
	lo, hi = int32(t.n), -1
	for i, m := range moves {
		if i > 0 {
			t.spans()
		}
		if t.dominates(m.d, m.c) || t.crosses(min(m.c, m.d), max(m.c, m.d), m.d) {
			continue
		}
		label := r.moveLabel(t, m.d, m.c, scores[:0])
		if t.taken(m.c, m.d, label) {
			continue // a second subject or object would be no better a tree
		}
		old := t.head[m.d]
		lo = min(lo, t.lo[m.d]-roundReach, old-roundReach, m.c-roundReach)
		hi = max(hi, t.hi[m.d]+roundReach, old+roundReach, m.c+roundReach)
		t.head[m.d] = m.c
		t.kids[old] = slices.DeleteFunc(t.kids[old], func(k int32) bool { return k == m.d })
		t.kids[m.c] = append(t.kids[m.c], m.d)
		t.label[m.d] = label
	}
	return max(lo, 0), min(hi, int32(t.n-1))
}

// roundReach is how far beyond a move the next round looks.
const roundReach = 2

// taken reports whether c already has a child other than d with the
// universal relation of label, and label is one a head has only once.
func (t *revTree) taken(c, d, label int32) bool {
	rl := t.labels
	if !rl.once[label] {
		return false
	}
	for _, k := range t.kids[c] {
		if k != d && rl.hash[t.label[k]] == rl.hash[label] {
			return true
		}
	}
	return false
}

// moveLabel returns the relation d takes when moved under c.
func (r *Reviser) moveLabel(t *revTree, d, c int32, scores []float32) int32 {
	scores = slices.Grow(scores, r.labels.Classes())[:r.labels.Classes()]
	clear(scores)
	r.labels.Score(t.moveFeatures(nil, d, c), scores)
	best := t.label[d]
	for l, v := range scores {
		if int32(l) != t.labels.root && v > scores[best] {
			best = int32(l)
		}
	}
	return best
}

// Feature templates of the relation of a moved word.
const (
	mLabel = iota + 1
	mLabelCUposDir
	mLabelCTag
	mLabelKin
	mUposCUposDir
	mCaseCUposLabel
	mLabelCWord
	mWordCUpos
	mLabelCRel
	mChildrenCUpos
)

// moveFeatures appends the features of the relation of d under c: what it
// was, and what c is.
func (t *revTree) moveFeatures(dst []uint64, d, c int32) []uint64 {
	s := t.sent
	f1, f2, f3 := linear.F1, linear.F2, linear.F3
	dir := uint64(0)
	if c > d {
		dir = 1
	}
	caseWord := hNone
	for _, k := range t.kids[d] {
		if t.labels.kind[t.label[k]] == kindCaseMark {
			caseWord = s.word[k]
			break
		}
	}
	label := uint64(t.label[d])
	cu := s.upos[c]
	return append(dst,
		f1(mLabel, label),
		f3(mLabelCUposDir, label, cu, dir),
		f2(mLabelCTag, label, s.tag[c]),
		f2(mLabelKin, label, t.kin(d, c)),
		f3(mUposCUposDir, s.upos[d], cu, dir),
		f3(mCaseCUposLabel, caseWord, cu, label),
		f2(mLabelCWord, label, s.word[c]),
		f2(mWordCUpos, s.word[d], cu),
		f2(mLabelCRel, label, t.labels.hash[t.label[c]]),
		f2(mChildrenCUpos, t.childSet(d, -1), cu),
	)
}

// ReviseOptions control the training of a reviser.
type ReviseOptions struct {
	Iterations int // passes; 0 means 5
	Seed       uint64
}

// TrainReviser learns a reviser from trees a parser built (pred: tokens
// with the parser's tags, Head and Rel; margins: as ParseMargins returned
// them) and the gold trees of the same sentences (gold: Head). labels are
// the parser's relations.
func TrainReviser(pred [][]dyad.Token, margins [][]float32, gold [][]dyad.Token, labels []string, opt ReviseOptions) *Reviser {
	if opt.Iterations == 0 {
		opt.Iterations = 5
	}
	rl := newRevLabels(labels)
	labelOf := map[string]int32{}
	for i, l := range labels {
		labelOf[l] = int32(i)
	}
	type example struct {
		feats [][]uint64
		gold  int
	}
	var exs []example
	type labelExample struct {
		feats []uint64
		gold  int32
	}
	var labelExs []labelExample
	var t revTree
	var cands []int32
	for k, toks := range pred {
		n := len(toks)
		if n == 0 || len(gold[k]) != n {
			continue
		}
		head, label := make([]int32, n), make([]int32, n)
		for i, tok := range toks {
			head[i], label[i] = int32(tok.Head), labelOf[tok.Rel]
			if tok.Head >= n {
				head[i] = -1
			}
		}
		t.build(newSentence(toks), head, label, rl)
		t.margin = margins[k]
		for d := range int32(n) {
			if head[d] < 0 {
				continue
			}
			cands = t.candidates(cands[:0], d)
			g := slices.Index(cands, int32(gold[k][d].Head))
			if len(cands) < 2 || g < 0 {
				continue
			}
			ex := example{gold: g}
			for _, c := range cands {
				ex.feats = append(ex.feats, t.features(nil, d, c))
			}
			exs = append(exs, ex)
			if l, ok := labelOf[gold[k][d].Rel]; ok && cands[g] != head[d] {
				labelExs = append(labelExs, labelExample{t.moveFeatures(nil, d, cands[g]), l})
			}
		}
	}
	tr := linear.NewTrainer(1)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7e71))
	var score [1]float32
	for range opt.Iterations {
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		for _, ex := range exs {
			best := 0
			var bestScore float32
			for i, f := range ex.feats {
				score[0] = 0
				tr.Score(f, score[:])
				if i == 0 || score[0] > bestScore {
					best, bestScore = i, score[0]
				}
			}
			tr.Tick()
			if best != ex.gold {
				tr.Update(ex.feats[ex.gold], 0, 1)
				tr.Update(ex.feats[best], 0, -1)
			}
		}
	}
	lt := linear.NewTrainer(len(labels))
	lscores := make([]float32, len(labels))
	for range opt.Iterations {
		rng.Shuffle(len(labelExs), func(i, j int) { labelExs[i], labelExs[j] = labelExs[j], labelExs[i] })
		for _, ex := range labelExs {
			clear(lscores)
			lt.Score(ex.feats, lscores)
			best := 0
			for l, v := range lscores {
				if v > lscores[best] {
					best = l
				}
			}
			lt.Tick()
			if best != int(ex.gold) {
				lt.Update(ex.feats, int(ex.gold), 1)
				lt.Update(ex.feats, best, -1)
			}
		}
	}
	return &Reviser{model: tr.Average(0), labels: lt.Average(0)}
}
