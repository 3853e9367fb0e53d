// Package shared finds the reference and test data that lives beside the
// repository in ../shared. The data is never part of the project: a fresh
// clone has none, and tests that use it skip.
package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the shared data folder: $DYAD_SHARED when set, else the folder
// "shared" beside the repository root (the directory holding go.mod). It
// returns "" when there is none.
func Dir() string {
	if d := os.Getenv("DYAD_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			d := filepath.Join(filepath.Dir(dir), "shared")
			if fi, err := os.Stat(d); err == nil && fi.IsDir() {
				return d
			}
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Path returns the path of name inside the shared folder, and skips the test
// when the folder or the file is absent.
func Path(tb testing.TB, name ...string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skip("no ../shared data folder: skipping")
	}
	p := filepath.Join(append([]string{d}, name...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data %s absent: skipping", p)
	}
	return p
}
