package token_test

import (
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

// FuzzTokenize checks the tokenizer's promises on any input, including
// invalid UTF-8 and spans that reach outside the text: no panic, tokens in
// order inside the span, not overlapping, not empty, Text equal to the
// text they cover, no white space inside, and Head -1.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"BAGHDAD (Reuters) - Iraq's PM didn't say.",
		"U.S.-led al-Maliki Shi‘ite 3:51 p.m. Nov. 17, 2007 $5 10% 1,000",
		"see http://x.org/a_(b). or a@b.com :) ;-) '90s ... -- — –",
		"\xff\xfe broken \xe2\x80 utf8 \xe2\x80\x99s",
		"etc.", "No.", "a'", "'s", "n't", "-", "1-2-3", "x\u200by",
	} {
		f.Add(s, 0, len(s))
		f.Add(s, 1, len(s)-1)
	}
	tk := token.New()
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		toks := tk.Tokenize(text, dyad.Span{Start: start, End: end})
		lo, hi := max(start, 0), min(end, len(text))
		prev := lo
		for i, tok := range toks {
			sp := tok.Span
			if sp.Start < prev || sp.End <= sp.Start || sp.End > hi {
				t.Fatalf("token %d %v out of order or outside %d:%d (previous end %d)", i, sp, lo, hi, prev)
			}
			if text[sp.Start:sp.End] != tok.Text {
				t.Fatalf("token %d %v: Text %q, text has %q", i, sp, tok.Text, text[sp.Start:sp.End])
			}
			if tok.Head != -1 {
				t.Fatalf("token %d: Head %d, want -1", i, tok.Head)
			}
			for _, r := range tok.Text {
				if r == ' ' || r == '\n' || r == '\t' {
					t.Fatalf("token %d %q contains white space", i, tok.Text)
				}
			}
			prev = sp.End
		}
	})
}
