package ptb_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ptb"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readCase reads a testdata/convert/*.ptb file: '#' comment lines, then
// the sentence text on one line, then the bracketed parse.
func readCase(t testing.TB, path string) (text, parse string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rest []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		rest = append(rest, l)
	}
	if len(rest) < 2 {
		t.Fatalf("%s: want a text line and a parse", path)
	}
	return rest[0], strings.Join(rest[1:], "\n")
}

// conll writes a sentence in a CoNLL-U-like table: 1-based ids, head 0 for
// the root, and each token's document span and the text it covers.
func conll(s *dyad.Sentence, doc string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# text = %s\n# span = %v\n", s.Text, s.Span)
	for i, tok := range s.Tokens {
		fmt.Fprintf(&b, "%d\t%s\t%v\t%q\t%s\t%s\t%d\t%s\n",
			i+1, tok.Text, tok.Span, tok.Span.Of(doc), tok.UPOS, tok.XPOS, tok.Head+1, tok.Rel)
	}
	return b.String()
}

// TestConvertGolden converts the parses under testdata/convert and
// compares the dependency tables with the .golden files beside them.
func TestConvertGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/convert/*.ptb")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".ptb")
		t.Run(name, func(t *testing.T) {
			text, parse := readCase(t, path)
			tree, err := ptb.Parse(parse)
			if err != nil {
				t.Fatal(err)
			}
			// Each sentence sits after a prefix, so that spans are
			// document offsets and not sentence offsets.
			prefix := strings.Repeat("x", 99) + " "
			doc := prefix + text + " Next sentence."
			s := ptb.ToSentence(tree, text, len(prefix))
			checkSentence(t, s, doc)
			golden(t, strings.TrimSuffix(path, ".ptb")+".golden", conll(s, doc))
		})
	}
}

// checkSentence asserts what holds for every conversion: one root, heads in
// range and acyclic, spans inside the sentence, in order and not
// overlapping, and each found token's text equal to what its span covers.
func checkSentence(t *testing.T, s *dyad.Sentence, doc string) {
	t.Helper()
	if s.Span.Of(doc) != s.Text {
		t.Errorf("sentence span %v covers %q, not the text", s.Span, s.Span.Of(doc))
	}
	roots := 0
	prevEnd := s.Span.Start
	for i, tok := range s.Tokens {
		if tok.Head < 0 {
			roots++
			if tok.Rel != "root" {
				t.Errorf("token %d %q: root with relation %q", i, tok.Text, tok.Rel)
			}
		} else if tok.Head >= len(s.Tokens) || tok.Head == i {
			t.Errorf("token %d %q: head %d", i, tok.Text, tok.Head)
		}
		if tok.Rel == "" {
			t.Errorf("token %d %q: no relation", i, tok.Text)
		}
		if tok.Span.Start < prevEnd || tok.Span.End < tok.Span.Start || tok.Span.End > s.Span.End {
			t.Errorf("token %d %q: span %v out of order or outside %v", i, tok.Text, tok.Span, s.Span)
		}
		if tok.Span.Len() > 0 && tok.Span.Of(doc) != tok.Text {
			t.Errorf("token %d %q: span covers %q", i, tok.Text, tok.Span.Of(doc))
		}
		prevEnd = max(prevEnd, tok.Span.End)
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1", roots)
	}
	for i := range s.Tokens {
		seen := map[int]bool{}
		for j := i; j >= 0; j = s.Tokens[j].Head {
			if seen[j] {
				t.Errorf("token %d: heads form a cycle", i)
				break
			}
			seen[j] = true
		}
	}
}

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update to rewrite it):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
