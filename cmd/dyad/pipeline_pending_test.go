package main

// TEMPORARY, like pipeline_pending.go: delete both when the pipeline lands.

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func TestIngestWithoutPipeline(t *testing.T) {
	var stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &bytes.Buffer{}, stderr: &stderr, getenv: func(string) string { return "" }, log: discardLogger()}
	if got := run(context.Background(), e, []string{"ingest", "--db", filepath.Join(t.TempDir(), "x.db"), "input.txt"}); got != 1 || !strings.Contains(stderr.String(), "not available yet") {
		t.Errorf("status %d, stderr %q", got, stderr.String())
	}
}
