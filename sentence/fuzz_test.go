package sentence_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/dyadproject/dyad/sentence"
)

// FuzzSplit checks the splitter's promises on any input, including invalid
// UTF-8: no panic, spans in order inside the text, not overlapping, not
// empty, trimmed of white space, and covering every character that is not
// white space.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"BAGHDAD (Reuters) - Iraq said so. Mr. Smith didn't.\n\nHeadline\nWASHINGTON, Nov. 17 (AP) — Text.",
		"He left at 5 p.m. The end... Really?! \"Yes.\" (No.) [1] :)",
		"1. First\n2. Second\nwrapped line that goes on and on and on, without an end in sight\nand more",
		"\xff\xfe. \xe2\x80\xa6 \xe2\x80\xa8x\u2029y\u0085z",
		"", " ", ".", "\n\n", "a.b", "U.S.", "(Reuters) -", "LONDON —",
	} {
		f.Add(s)
	}
	sp := sentence.New()
	f.Fuzz(func(t *testing.T, text string) {
		spans := sp.Split(text)
		prev := 0
		for i, s := range spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("span %d %v out of order or outside the text (previous end %d)", i, s, prev)
			}
			got := text[s.Start:s.End]
			if strings.TrimFunc(got, unicode.IsSpace) != got {
				t.Fatalf("span %d %q is not trimmed", i, got)
			}
			if gap := text[prev:s.Start]; strings.TrimFunc(gap, isSep) != "" {
				t.Fatalf("text %q between sentences %d and %d is in no sentence", gap, i-1, i)
			}
			prev = s.End
		}
		if rest := text[prev:]; strings.TrimFunc(rest, isSep) != "" {
			t.Fatalf("text %q after the last sentence is in no sentence", rest)
		}
	})
}

func isSep(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }
