package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/conllu"
	"github.com/dyadproject/dyad/english"
)

func runDyadIn(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code = run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

func TestParseRawText(t *testing.T) {
	out, errs, code := runDyadIn(t, "Rebels attacked the town. Police arrested two men.\n", "parse")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sents, err := conllu.ReadAll(strings.NewReader(out), "out")
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(sents), out)
	}
	toks := sents[0].Tokens()
	if len(toks) != 5 || toks[1].Rel != "root" || toks[0].Rel != "nsubj" {
		t.Errorf("first sentence parsed as:\n%s", out)
	}
	if txt, _ := sents[1].Comment("text"); txt != "Police arrested two men." {
		t.Errorf("second sentence text %q", txt)
	}
}

func TestParsePretokenized(t *testing.T) {
	in, err := os.ReadFile("testdata/ud.conllu")
	if err != nil {
		t.Fatal(err)
	}
	out, errs, code := runDyadIn(t, "", "parse", "--pretokenized", "testdata/ud.conllu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	gold, _ := conllu.ReadAll(bytes.NewReader(in), "in")
	got, err := conllu.ReadAll(strings.NewReader(out), "out")
	if err != nil || len(got) != len(gold) {
		t.Fatalf("read back %d sentences (%v), want %d", len(got), err, len(gold))
	}
	for i := range gold {
		if strings.Join(got[i].Comments, "\n") != strings.Join(gold[i].Comments, "\n") || len(got[i].Rows) != len(gold[i].Rows) {
			t.Fatalf("sentence %d: comments or lines changed", i)
		}
		for j, g := range gold[i].Rows {
			r := got[i].Rows[j]
			// Only the predicted columns may change.
			r.UPOS, r.XPOS, r.Head, r.Deprel = g.UPOS, g.XPOS, g.Head, g.Deprel
			if r != g {
				t.Errorf("line %d changed beyond the predicted columns:\n%+v\n%+v", g.Line, got[i].Rows[j], g)
			}
		}
	}
}

func TestParsePretokenizedBadInput(t *testing.T) {
	in := "1\tA\ta\tX\tX\t_\t0\troot\t_\n\n1\tTalks\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	out, errs, code := runDyadIn(t, in, "parse", "--pretokenized", "-")
	if code != 1 || !strings.Contains(errs, "-:1:") {
		t.Errorf("exit %d, stderr %q: want 1 and a positioned error", code, errs)
	}
	if !strings.Contains(out, "Talks") {
		t.Errorf("good sentence after the bad one not written:\n%s", out)
	}
}

func TestEvalUD(t *testing.T) {
	out, errs, code := runDyadIn(t, "", "eval", "ud", "--json", "testdata/ud.conllu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var sc conllu.Scores
	if err := json.Unmarshal([]byte(out), &sc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if sc.Sentences != 2 || sc.Words != 12 || sc.UPOS < 50 {
		t.Errorf("scores %+v", sc)
	}
	out, _, code = runDyadIn(t, "", "eval", "ud", "testdata/ud.conllu")
	if code != 0 || !strings.Contains(out, "UAS") || !strings.Contains(out, "LAS") {
		t.Errorf("text output %q", out)
	}
	if _, _, code := runDyadIn(t, "", "eval", "ud"); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
}

func TestTrainSmall(t *testing.T) {
	dir := t.TempDir()
	model := filepath.Join(dir, "m.gz")
	out, errs, code := runDyadIn(t, "", "train", "--ewt", "../../internal/testtrees/tiny.conllu", "--gum", "",
		"--tag-iters", "3", "--parse-iters", "3", "--folds", "2", "--out", model)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "wrote") {
		t.Errorf("output %q", out)
	}
	f, err := os.Open(model)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := english.Read(f)
	if err != nil {
		t.Fatalf("trained model does not read: %v", err)
	}
	// The default is the committed model's kind: averaged and revised.
	if p, ok := m.Parser.(interface{ Revises() bool }); !ok || !p.Revises() {
		t.Errorf("default training gave a parser %T without a reviser", m.Parser)
	}
	if _, _, code := runDyadIn(t, "", "train", "--ewt", filepath.Join(dir, "absent.conllu")); code != 1 {
		t.Errorf("missing training file: exit %d, want 1", code)
	}
}

func TestTrainSupertagsAverage(t *testing.T) {
	dir := t.TempDir()
	small := []string{"train", "--ewt", "../../internal/testtrees/tiny.conllu", "--gum", "",
		"--tag-iters", "2", "--parse-iters", "2", "--folds", "2", "--supertags"}
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"supertags alone train one parser", []string{"--out", filepath.Join(dir, "s.gz")}, 0},
		{"supertags refuse an explicit average", []string{"--average", "2", "--out", filepath.Join(dir, "a.gz")}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := runDyadIn(t, "", append(append([]string(nil), small...), tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d: %s", code, tt.code, errs)
			}
		})
	}
}
