package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runExtractTest(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, args)
	return out.String(), errb.String(), code
}

func TestExtract(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "talks.txt")
	os.WriteFile(good, []byte("Talks open in Cairo\nMay 1, 2020\n\nCAIRO (Agency) - Delegations from the two governments opened talks in Cairo on Friday, officials said.\n"), 0o644)
	bad := filepath.Join(dir, "junk.bin")
	os.WriteFile(bad, []byte("\x00\x01\x02\x03\x04"), 0o644)

	t.Run("one story", func(t *testing.T) {
		out, errOut, code := runExtractTest(t, "", "extract", good)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var a map[string]any
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatal(err)
		}
		for k, want := range map[string]string{"id": "talks", "title": "Talks open in Cairo", "published": "2020-05-01", "dateline": "CAIRO", "source": "Agency"} {
			if a[k] != want {
				t.Errorf("%s = %v, want %q", k, a[k], want)
			}
		}
		for _, k := range []string{"authors", "url", "language", "text"} {
			if _, ok := a[k]; !ok {
				t.Errorf("no %q field", k)
			}
		}
	})
	t.Run("batch goes on", func(t *testing.T) {
		out, errOut, code := runExtractTest(t, "", "extract", bad, good, filepath.Join(dir, "missing.txt"))
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		if n := strings.Count(out, "\n"); n != 1 {
			t.Errorf("%d documents printed, want 1", n)
		}
		if !strings.Contains(errOut, "junk.bin") || !strings.Contains(errOut, "missing.txt") {
			t.Errorf("stderr does not name the failed documents: %s", errOut)
		}
	})
	t.Run("stdin", func(t *testing.T) {
		out, _, code := runExtractTest(t, `{"id":"x1","date":"2020-05-01","text":"Troops left the town."}`+"\n", "extract", "-")
		if code != 0 || !strings.Contains(out, `"id":"x1"`) {
			t.Errorf("exit %d, out %s", code, out)
		}
	})
	t.Run("usage", func(t *testing.T) {
		if _, _, code := runExtractTest(t, "", "extract"); code != 2 {
			t.Errorf("no input: exit %d, want 2", code)
		}
		if _, _, code := runExtractTest(t, "", "extract", "--format", "xml", good); code != 2 {
			t.Errorf("bad format: exit %d, want 2", code)
		}
	})
}
