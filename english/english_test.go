package english

import (
	"bytes"
	"flag"
	"os"
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/internal/testtrees"
)

// The bars of issue 3 on EWT dev with gold tokenization are UPOS 95.0,
// UAS 86.0, LAS 83.0, and the embedded model meets them (by little: see
// the README). A model file given with -model, such as a single greedy
// parser, is held only to floors under what that one measures, and the
// gap to the bars is logged.
const (
	barUPOS   = 95.0
	issueUAS  = 86.0
	issueLAS  = 83.0
	floorUAS  = 85.0
	floorLAS  = 82.0
	floorXPOS = 94.3
)

// -model measures another model file (one "dyad train" wrote) in the EWT
// dev test and the benchmarks, instead of the embedded one.
var modelPath = flag.String("model", "", "model `file` for the EWT dev test and the benchmarks instead of the embedded model")

// testModel returns the model under test: -model's, or the embedded one.
func testModel(t testing.TB) *Model {
	t.Helper()
	if *modelPath == "" {
		m, err := Load()
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	f, err := os.Open(*modelPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func readGold(t testing.TB, path string) [][]dyad.Token {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f, path)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]dyad.Token, len(sents))
	for i, s := range sents {
		out[i] = s.Tokens()
	}
	return out
}

// words strips gold tokens down to their forms.
func words(g []dyad.Token) []dyad.Token {
	out := make([]dyad.Token, len(g))
	for i, t := range g {
		out[i] = dyad.Token{Text: t.Text, Head: -1}
	}
	return out
}

func analyse(m *Model, toks []dyad.Token) []dyad.Token {
	s := dyad.Sentence{Tokens: toks}
	m.Tagger.Tag(&s)
	m.Parser.Parse(&s)
	return s.Tokens
}

func TestEmbeddedModelOnEWTDev(t *testing.T) {
	gold := readGold(t, shared.Path(t, "ud", "en_ewt-ud-dev.conllu"))
	m := testModel(t)
	var tl conllu.Tally
	for _, g := range gold {
		if err := tl.Add(g, analyse(m, words(g))); err != nil {
			t.Fatal(err)
		}
	}
	sc := tl.Scores()
	t.Logf("EWT dev: %+v", sc)
	if sc.UPOS < barUPOS || sc.XPOS < floorXPOS || sc.UAS < floorUAS || sc.LAS < floorLAS {
		t.Errorf("EWT dev UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f, want at least %.1f %.1f %.1f %.1f",
			sc.UPOS, sc.XPOS, sc.UAS, sc.LAS, barUPOS, floorXPOS, floorUAS, floorLAS)
	}
	if sc.UAS < issueUAS || sc.LAS < issueLAS {
		report := t.Errorf
		if *modelPath != "" {
			report = t.Logf
		}
		report("below the issue's bars: UAS %.2f of %.1f, LAS %.2f of %.1f", sc.UAS, issueUAS, sc.LAS, issueLAS)
	}
}

// The model must stay small enough to keep in the repository.
func TestEmbeddedModelSize(t *testing.T) {
	const maxBytes = 40 << 20
	if Size() > maxBytes {
		t.Errorf("embedded model is %d bytes, limit %d", Size(), maxBytes)
	}
}

func TestEmbeddedModelParsesNews(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	toks := []string{"Iraq", "seeks", "deeper", "dialogue", "with", "Iran", "on", "security", "."}
	s := make([]dyad.Token, len(toks))
	for i, w := range toks {
		s[i] = dyad.Token{Text: w}
	}
	got := analyse(m, s)
	want := []struct {
		upos string
		head int
		rel  string
	}{
		{"PROPN", 1, "nsubj"}, {"VERB", -1, "root"}, {"ADJ", 3, "amod"}, {"NOUN", 1, "obj"},
	}
	for i, w := range want {
		if got[i].UPOS != w.upos || got[i].Head != w.head || got[i].Rel != w.rel {
			t.Errorf("%s: %s head %d %s, want %s head %d %s", toks[i], got[i].UPOS, got[i].Head, got[i].Rel, w.upos, w.head, w.rel)
		}
	}
	if got[1].Lemma != "seek" {
		t.Errorf("lemma of seeks = %q", got[1].Lemma)
	}
}

func TestTrainWriteRead(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  TrainOptions
	}{
		{"one parser", TrainOptions{}},
		{"ensemble", TrainOptions{Parsers: []ParserOptions{{}, {Reverse: true, Seed: 1}, {Seed: 2}}}},
		{"supertags", TrainOptions{Supertags: true}},
		{"ensemble with supertags", TrainOptions{Parsers: []ParserOptions{{}, {Reverse: true, Seed: 1}}, Supertags: true}},
		{"averaged and revised", TrainOptions{Average: 2, Revise: true}},
		{"ensemble revised", TrainOptions{Parsers: []ParserOptions{{}, {Reverse: true, Seed: 1}}, Revise: true}},
	} {
		t.Run(tc.name, func(t *testing.T) { testTrainWriteRead(t, tc.opt) })
	}
}

func TestTrainRefusesAveragedSupertags(t *testing.T) {
	if _, err := Train(testtrees.Tiny(), TrainOptions{Seed: 1, TagIterations: 1, ParseIterations: 1, TagFolds: 2, ParseFolds: 2, Average: 2, Supertags: true}); err == nil {
		t.Error("no error averaging parsers with supertags")
	}
}

func testTrainWriteRead(t *testing.T, opt TrainOptions) {
	gold := testtrees.Tiny()
	parsers := opt.Parsers
	opt.Seed, opt.TagIterations, opt.ParseIterations, opt.TagFolds, opt.ParseFolds = 1, 5, 5, 2, 2
	m, err := Train(gold, opt)
	if err != nil {
		t.Fatal(err)
	}
	if want := max(1, len(parsers)); len(m.Parsers) != want {
		t.Fatalf("%d parsers, want %d", len(m.Parsers), want)
	}
	for i, p := range m.Parsers {
		reverse := i < len(parsers) && parsers[i].Reverse
		if want := opt.Revise && !reverse; p.Revises() != want {
			t.Errorf("parser %d revises: %v, want %v", i, p.Revises(), want)
		}
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Read(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gold {
		a := analyse(m, words(g))
		c := analyse(back, words(g))
		if !slices.Equal(a, c) {
			t.Errorf("read-back model differs:\n%v\n%v", a, c)
		}
	}
	if _, err := Read(bytes.NewReader(b.Bytes()[:b.Len()/2])); err == nil {
		t.Error("no error for a truncated model")
	}
	if _, err := Read(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("no error for a file that is not a model")
	}
}

func BenchmarkTagParse(b *testing.B) {
	gold := readGold(b, shared.Path(b, "ud", "en_ewt-ud-dev.conllu"))
	m := testModel(b)
	inputs := make([][]dyad.Token, len(gold))
	n := 0
	for i, g := range gold {
		inputs[i] = words(g)
		n += len(g)
	}
	work := make([]dyad.Token, 0, 256)
	b.ResetTimer()
	for b.Loop() {
		for _, in := range inputs {
			work = append(work[:0], in...)
			analyse(m, work)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTag(b *testing.B) {
	gold := readGold(b, shared.Path(b, "ud", "en_ewt-ud-dev.conllu"))
	m := testModel(b)
	n := 0
	for _, g := range gold {
		n += len(g)
	}
	work := make([]dyad.Token, 0, 256)
	b.ResetTimer()
	for b.Loop() {
		for _, g := range gold {
			work = append(work[:0], words(g)...)
			m.Tagger.Tag(&dyad.Sentence{Tokens: work})
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkParse(b *testing.B) {
	gold := readGold(b, shared.Path(b, "ud", "en_ewt-ud-dev.conllu"))
	m := testModel(b)
	n := 0
	tagged := make([][]dyad.Token, len(gold))
	for i, g := range gold {
		n += len(g)
		s := dyad.Sentence{Tokens: words(g)}
		m.Tagger.Tag(&s)
		tagged[i] = s.Tokens
	}
	b.ResetTimer()
	for b.Loop() {
		for _, t := range tagged {
			m.Parser.Parse(&dyad.Sentence{Tokens: t})
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Read(bytes.NewReader(modelFile)); err != nil {
			b.Fatal(err)
		}
	}
}
