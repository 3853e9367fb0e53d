package parse

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
)

// A greedy parser decides with little sight of the words to its right. A
// supertagger, run before it, guesses for every word its relation and the
// side its head is on ("nsubj/R": a subject whose head follows); the
// parser reads these guesses as features, for the words on the stack and
// the ones still to come (Ouchi, Duh and Matsumoto 2014). The supertagger
// is a greedy averaged perceptron over words and part-of-speech tags that
// reads the sentence from right to left (what the parser lacks is the
// structure still to come); it takes about an eighth of the parse's time
// (fifteen features a word against the parser's hundred a transition).

// supertagger tags words with supertags; classes are hashed for features.
type supertagger struct {
	model  *linear.Model
	names  []string // class → supertag, such as "nsubj/R"
	hashes []uint64 // class → hash used in features
}

func supertagHash(name string) uint64 { return linear.String("supertag " + name) }

// newSupertagger makes a supertagger of model over the supertags names.
func newSupertagger(model *linear.Model, names []string) *supertagger {
	sp := &supertagger{model: model, names: names}
	for _, nm := range names {
		sp.hashes = append(sp.hashes, supertagHash(nm))
	}
	return sp
}

// readSupertagger reads what WriteTo stores of a supertagger.
func readSupertagger(r io.ByteReader) (*supertagger, error) {
	names, err := linear.GetStrings(r, linear.MaxClasses)
	if err != nil {
		return nil, err
	}
	m, err := linear.Read(r)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 || m.Classes() != len(names) {
		return nil, fmt.Errorf("%w: %d classes for %d supertags", linear.ErrFormat, m.Classes(), len(names))
	}
	return newSupertagger(m, names), nil
}

// Supertagger feature templates; the numbers are part of the stored model.
const (
	sfBias = iota + 1
	sfWord
	sfSuffix
	sfTagM1
	sfTagP1
	sfTagsM1P1
	sfTagsP1P2
	sfTagsM2M1
	sfWordM1
	sfWordP1
	sfHist2
	sfHist1Tag
	sfNextVerb
	sfVerbLeft
	sfHist1Word
)

// stWord is what the supertagger needs of a word, hashed once.
type stWord struct {
	lower, suffix, tag uint64
	verb               bool
}

// supertagClass names the supertag of word i of a gold tree: its relation
// without subtype and the side of its head.
func supertagClass(toks []dyad.Token, i int) string {
	h := toks[i].Head
	switch {
	case h < 0 || h >= len(toks):
		return RootLabel
	case h < i:
		return Universal(toks[i].Rel) + "/L"
	default:
		return Universal(toks[i].Rel) + "/R"
	}
}

// stWords hashes the words of toks for the supertagger, last word first.
func stWords(toks []dyad.Token) []stWord {
	ws := make([]stWord, len(toks))
	for i := range toks {
		t := &toks[len(toks)-1-i]
		lw := strings.ToLower(t.Text)
		suf := lw
		if len(suf) > 3 {
			suf = suf[len(suf)-3:]
		}
		ws[i] = stWord{lower: linear.String(lw), suffix: linear.String(suf), tag: linear.String(t.XPOS), verb: isVerbTag(t.XPOS)}
	}
	return ws
}

// stFeatures appends the features of word i of ws, given the supertags of
// the words before it (hist) and the first verb after it (nv, -1 for
// none). Before and after are in the supertagger's reading order, which
// is right to left in the sentence.
func stFeatures(dst []uint64, ws []stWord, hist []uint64, i int, nv int, verbLeft bool) []uint64 {
	tagAt := func(j int) uint64 {
		if j < 0 || j >= len(ws) {
			return hNone
		}
		return ws[j].tag
	}
	wordAt := func(j int) uint64 {
		if j < 0 || j >= len(ws) {
			return hNone
		}
		return ws[j].lower
	}
	histAt := func(j int) uint64 {
		if j < 0 {
			return hNone
		}
		return hist[j]
	}
	w := &ws[i]
	tm2, tm1, t0, tp1, tp2 := tagAt(i-2), tagAt(i-1), w.tag, tagAt(i+1), tagAt(i+2)
	h1, h2 := histAt(i-1), histAt(i-2)
	nvTag, nvDist := hNone, uint64(0)
	if nv >= 0 {
		nvTag, nvDist = ws[nv].tag, distance(int32(i), int32(nv))
	}
	vl := uint64(0)
	if verbLeft {
		vl = 1
	}
	f1, f2, f3 := linear.F1, linear.F2, linear.F3
	return append(dst,
		f1(sfBias, 0),
		f2(sfWord, w.lower, t0),
		f2(sfSuffix, w.suffix, t0),
		f2(sfTagM1, t0, tm1),
		f2(sfTagP1, t0, tp1),
		f3(sfTagsM1P1, tm1, t0, tp1),
		f3(sfTagsP1P2, t0, tp1, tp2),
		f3(sfTagsM2M1, tm2, tm1, t0),
		f2(sfWordM1, w.lower, wordAt(i-1)),
		f2(sfWordP1, w.lower, wordAt(i+1)),
		f2(sfHist2, h1, h2),
		f2(sfHist1Tag, h1, t0),
		f3(sfNextVerb, t0, nvTag, nvDist),
		f3(sfVerbLeft, t0, vl, tp1),
		f2(sfHist1Word, h1, w.lower),
	)
}

// runSupertags tags ws greedily in their order with m and appends the
// class hashes to out; decide, in training, sees each choice and returns
// the class to go on with.
func runSupertags(m scorer, hashes []uint64, ws []stWord, out []uint64, decide func(i int, feats []uint64, best int) int) []uint64 {
	scores := make([]float32, len(hashes))
	feats := make([]uint64, 0, 16)
	nextVerb := make([]int, len(ws))
	nv := -1
	for i := len(ws) - 1; i >= 0; i-- {
		nextVerb[i] = nv
		if ws[i].verb {
			nv = i
		}
	}
	hist := out[len(out):]
	verbLeft := false
	for i := range ws {
		feats = stFeatures(feats[:0], ws, hist, i, nextVerb[i], verbLeft)
		clear(scores)
		m.Score(feats, scores)
		best := 0
		for c, v := range scores {
			if v > scores[best] {
				best = c
			}
		}
		if decide != nil {
			best = decide(i, feats, best)
		}
		hist = append(hist, hashes[best])
		verbLeft = verbLeft || ws[i].verb
	}
	return append(out, hist...)
}

// scorer is a model being trained or a trained one.
type scorer interface {
	Score(feats []uint64, scores []float32)
}

// tag returns the supertag hashes of toks in their order, and the root's.
func (sp *supertagger) tag(toks []dyad.Token) []uint64 {
	out := runSupertags(sp.model, sp.hashes, stWords(toks), make([]uint64, 0, len(toks)+1), nil)
	slices.Reverse(out)
	return append(out, hRoot)
}

// stItem is a supertagger training sentence, last word first.
type stItem struct {
	ws   []stWord
	gold []int32
}

// trainSupertagger learns a supertagger over the supertags names from
// items.
func trainSupertagger(items []stItem, names []string, iters int, rng *rand.Rand) *supertagger {
	sp := newSupertagger(nil, names)
	tr := linear.NewTrainer(len(names))
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	var out []uint64
	for range iters {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			it := &items[k]
			out = runSupertags(tr, sp.hashes, it.ws, out[:0], func(i int, feats []uint64, best int) int {
				tr.Tick()
				g := int(it.gold[i])
				if best != g {
					tr.Update(feats, g, 1)
					tr.Update(feats, best, -1)
				}
				return best // later words see the guesses they will see at run time
			})
		}
	}
	sp.model = tr.AverageFrequent(0, 2)
	return sp
}
