package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runDyad runs the command line in-process and returns its exit status and
// output.
func runDyad(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" },
		log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestValidate(t *testing.T) {
	jsonl := filepath.Join(t.TempDir(), "events.jsonl")
	code, out, errs := runDyad(t, "validate", "--jsonl", jsonl, "testdata/suite/suite.xml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"FAIL wrong-1", "want: IRN IRQ 112", "got:  IRQ IRN 112", "3 of 4 records coded exactly (75.0%)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	data, err := os.ReadFile(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"ok-1","source":"IRQ","target":"IRN","code":"112"}
{"id":"ok-2","source":"IRQ","target":"---","code":"130"}
{"id":"wrong-1","source":"IRQ","target":"IRN","code":"112"}
`
	if string(data) != want {
		t.Errorf("jsonl:\n%s\nwant:\n%s", data, want)
	}
}

func TestValidateMin(t *testing.T) {
	if code, _, _ := runDyad(t, "validate", "--quiet", "--min", "90", "testdata/suite/suite.xml"); code != 1 {
		t.Errorf("exit %d, want 1 below --min", code)
	}
}

func TestValidateBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	suite, err := os.ReadFile("testdata/suite/suite.xml")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"verbs.txt", "actors.txt", "agents.txt", "discards.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata/suite", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "actors.txt" {
			data = append(data, "BROKEN [IRQ 2007xx01-20080101]\n"...)
		}
		write(f, string(data))
	}
	tests := []struct {
		name     string
		suite    string
		code     int
		inStderr string
	}{
		{"broken dictionary line is reported, the rest is coded", string(suite), 0, "actors.txt:15: "},
		{"malformed XML", strings.Replace(string(suite), "</Text>", "</Txet>", 1), 1, "bad.xml:"},
		{"missing dictionary", strings.Replace(string(suite), "verbs.txt", "nosuch.txt", 1), 0, "nosuch.txt: cannot read dictionary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write("bad.xml", tt.suite)
			code, out, errs := runDyad(t, "validate", "--quiet", p)
			if code != tt.code || !strings.Contains(errs, tt.inStderr) {
				t.Errorf("exit %d, stderr %q (stdout %q); want exit %d and %q", code, errs, out, tt.code, tt.inStderr)
			}
		})
	}
}

func TestValidateUsage(t *testing.T) {
	if code, _, errs := runDyad(t, "validate"); code != 2 || !strings.Contains(errs, "usage: dyad validate") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
