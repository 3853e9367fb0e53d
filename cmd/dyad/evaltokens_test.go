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
)

func testEnv() (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &env{
		stdin: strings.NewReader(""), stdout: &out, stderr: &errOut,
		log:    slog.New(slog.NewTextHandler(io.Discard, nil)),
		getenv: func(string) string { return "" },
	}, &out, &errOut
}

const tinyCoNLLU = `# newdoc id = d1
# text = Mr. Smith didn't go. He stayed.
1	Mr.	Mr.	PROPN	NNP	_	2	flat	_	_
2	Smith	Smith	PROPN	NNP	_	4	nsubj	_	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
5	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	_	_
7	He	he	PRON	PRP	_	8	nsubj	_	_
8	stayed	stay	VERB	VBD	_	5	parataxis	_	SpaceAfter=No
9	.	.	PUNCT	.	_	8	punct	_	_

`

func TestEvalTokens(t *testing.T) {
	file := filepath.Join(t.TempDir(), "tiny.conllu")
	if err := os.WriteFile(file, []byte(tinyCoNLLU), 0o644); err != nil {
		t.Fatal(err)
	}
	e, out, errOut := testEnv()
	if code := run(context.Background(), e, []string{"eval", "tokens", "--json", file}); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got tokenScores
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	// The gold has one sentence where we find two: tokens all match,
	// the sentence does not.
	if got.Tokens.Gold != 9 || got.Tokens.Correct != 9 || got.Tokens.F1 != 100 {
		t.Errorf("tokens %+v", got.Tokens)
	}
	if got.Sentences.Gold != 1 || got.Sentences.System != 2 || got.Sentences.Correct != 0 {
		t.Errorf("sentences %+v", got.Sentences)
	}

	e, out, _ = testEnv()
	if code := run(context.Background(), e, []string{"eval", "tokens", "--errors", "3", file}); code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"tokens     P 100.00", "sentences  P   0.00", "extra  Mr. Smith didn't go. ‖ He stayed."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestEvalTokensErrors(t *testing.T) {
	e, _, errOut := testEnv()
	if code := run(context.Background(), e, []string{"eval", "tokens"}); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	if !strings.Contains(errOut.String(), "no CoNLL-U file given") {
		t.Errorf("no message: %s", errOut)
	}
	e, _, errOut = testEnv()
	if code := run(context.Background(), e, []string{"eval", "tokens", filepath.Join(t.TempDir(), "missing.conllu")}); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
	if !strings.Contains(errOut.String(), "missing.conllu") {
		t.Errorf("error does not name the file: %s", errOut)
	}
}
