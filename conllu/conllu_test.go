package conllu

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestRoundTrip(t *testing.T) {
	in, err := os.ReadFile("testdata/small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadAll(bytes.NewReader(in), "small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("read %d sentences, want 2", len(sents))
	}
	var out bytes.Buffer
	for _, s := range sents {
		if err := Write(&out, s); err != nil {
			t.Fatal(err)
		}
	}
	if out.String() != string(in) {
		t.Errorf("round trip changed the file:\n%s", out.String())
	}
}

func TestTokens(t *testing.T) {
	f, err := os.Open("testdata/small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadAll(f, "small.conllu")
	if err != nil {
		t.Fatal(err)
	}
	s := sents[0]
	toks := s.Tokens()
	if len(toks) != 7 {
		t.Fatalf("%d tokens, want 7 syntactic words", len(toks))
	}
	want := []struct {
		text string
		head int
		rel  string
	}{{"Rebels", 3, "nsubj"}, {"did", 3, "aux"}, {"n't", 3, "advmod"}, {"attack", -1, "root"}, {"the", 5, "det"}, {"town", 3, "obj"}, {".", 3, "punct"}}
	for i, w := range want {
		if toks[i].Text != w.text || toks[i].Head != w.head || toks[i].Rel != w.rel {
			t.Errorf("token %d = %q head %d %s, want %q head %d %s", i, toks[i].Text, toks[i].Head, toks[i].Rel, w.text, w.head, w.rel)
		}
	}
	if got := s.Text(); got != "Rebels didn't attack the town." {
		t.Errorf("Text() = %q", got)
	}
	s.Comments = nil
	if got := s.Text(); got != "Rebels didn't attack the town." {
		t.Errorf("Text() without comment = %q", got)
	}
	// Predicted columns are copied back; the rest stays.
	toks[0].UPOS, toks[0].Head, toks[0].Rel = "PROPN", 4, "nsubj:pass"
	s.SetTokens(toks)
	r := s.Rows[0]
	if r.UPOS != "PROPN" || r.Head != "5" || r.Deprel != "nsubj:pass" || r.Lemma != "rebel" || r.Deps != "4:nsubj" {
		t.Errorf("SetTokens gave row %+v", r)
	}
	if mw := s.Rows[1]; mw.Kind != MultiWord || mw.Form != "didn't" {
		t.Errorf("multiword row changed: %+v", mw)
	}
}

func TestFromTokens(t *testing.T) {
	text := "Talks ended."
	toks := []dyad.Token{
		{Text: "Talks", Span: dyad.Span{Start: 0, End: 5}, UPOS: "NOUN", XPOS: "NNS", Head: 1, Rel: "nsubj"},
		{Text: "ended", Span: dyad.Span{Start: 6, End: 11}, UPOS: "VERB", XPOS: "VBD", Head: -1, Rel: "root"},
		{Text: ".", Span: dyad.Span{Start: 11, End: 12}, UPOS: "PUNCT", XPOS: ".", Head: 1, Rel: "punct"},
	}
	s := FromTokens(toks)
	s.Comments = []string{"# text = " + text}
	var b strings.Builder
	if err := Write(&b, s); err != nil {
		t.Fatal(err)
	}
	want := "# text = Talks ended.\n" +
		"1\tTalks\t_\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
		"2\tended\t_\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"3\t.\t_\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestErrors(t *testing.T) {
	good := "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n"
	tests := []struct {
		name string
		in   string
		line int
		msg  string
	}{
		{"columns", "# c\n1\tA\ta\n", 2, "columns"},
		{"empty column", "1\tA\t\tX\tX\t_\t0\troot\t_\t_\n", 1, "empty"},
		{"bad id", "x\tA\ta\tX\tX\t_\t0\troot\t_\t_\n", 1, "word id"},
		{"order", good + "3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2, "out of order"},
		{"head outside", "1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n", 1, "outside"},
		{"bad head", "1\tA\ta\tX\tX\t_\t-1\troot\t_\t_\n", 1, "bad head"},
		{"bad range", "2-1\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n" + good, 1, "range"},
		{"range past end", "1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n" + good, 1, "reaches past"},
		{"late comment", good + "# c\n", 2, "comment"},
		{"comments only", "# just a comment\n", 1, "no word lines"},
		{"bad empty node", good + "1.x\tA\ta\tX\tX\t_\t_\t_\t_\t_\n", 2, "empty node"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents, err := ReadAll(strings.NewReader(tc.in+"\n"+good+"\n"), "in.conllu")
			var list dyad.ErrorList
			if !errors.As(err, &list) || len(list) != 1 {
				t.Fatalf("error %v, want one positioned error", err)
			}
			if list[0].Pos.Line != tc.line || list[0].Pos.File != "in.conllu" || !strings.Contains(list[0].Msg, tc.msg) {
				t.Errorf("error %q at line %d, want %q at line %d", list[0].Msg, list[0].Pos.Line, tc.msg, tc.line)
			}
			if len(sents) != 1 {
				t.Errorf("kept %d sentences, want the good one after the bad", len(sents))
			}
		})
	}
}

func TestNoFinalBlankLine(t *testing.T) {
	r := NewReader(strings.NewReader("1\tA\ta\tX\tX\t_\t0\troot\t_\t_"), "x")
	s, err := r.Read()
	if err != nil || len(s.Rows) != 1 {
		t.Fatalf("Read = %v, %v", s, err)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("second Read error %v, want EOF", err)
	}
}

func FuzzRead(f *testing.F) {
	if in, err := os.ReadFile("testdata/small.conllu"); err == nil {
		f.Add(string(in))
	}
	f.Add("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n")
	f.Add("1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n")
	f.Add("# x\n\n\n1\tA")
	f.Fuzz(func(t *testing.T, in string) {
		sents, _ := ReadAll(strings.NewReader(in), "fuzz")
		for _, s := range sents {
			// Whatever was accepted writes back and reads back the same.
			var b bytes.Buffer
			if err := Write(&b, s); err != nil {
				t.Fatal(err)
			}
			again, err := ReadAll(&b, "again")
			if err != nil || len(again) != 1 {
				t.Fatalf("written sentence does not read back: %v", err)
			}
			if len(again[0].Rows) != len(s.Rows) || len(again[0].Comments) != len(s.Comments) {
				t.Fatalf("round trip changed the sentence")
			}
			toks := s.Tokens()
			for _, tk := range toks {
				if tk.Head < -1 || tk.Head >= len(toks) {
					t.Fatalf("head %d outside sentence of %d", tk.Head, len(toks))
				}
			}
			_ = s.Text()
		}
	})
}

func TestTally(t *testing.T) {
	gold := []dyad.Token{
		{Text: "Talks", UPOS: "NOUN", XPOS: "NNS", Head: 1, Rel: "nsubj:pass"},
		{Text: "ended", UPOS: "VERB", XPOS: "VBD", Head: -1, Rel: "root"},
		{Text: ".", UPOS: "PUNCT", XPOS: ".", Head: 1, Rel: "punct"},
		{Text: "x", UPOS: "X", XPOS: "FW", Head: 1, Rel: "dep"},
	}
	pred := []dyad.Token{
		{Text: "Talks", UPOS: "NOUN", XPOS: "NN", Head: 1, Rel: "nsubj"}, // universal part agrees
		{Text: "ended", UPOS: "VERB", XPOS: "VBD", Head: -1, Rel: "root"},
		{Text: ".", UPOS: "PUNCT", XPOS: ".", Head: 1, Rel: "dep"}, // wrong label
		{Text: "x", UPOS: "NOUN", XPOS: "NN", Head: 0, Rel: "dep"}, // wrong head
	}
	var tl Tally
	if err := tl.Add(gold, pred); err != nil {
		t.Fatal(err)
	}
	got := tl.Scores()
	want := Scores{Sentences: 1, Words: 4, UPOS: 75, XPOS: 50, UAS: 75, LAS: 50, LASFull: 25}
	if got != want {
		t.Errorf("Scores = %+v, want %+v", got, want)
	}
	if err := tl.Add(gold, pred[:2]); err == nil {
		t.Error("no error for different word counts")
	}
}
