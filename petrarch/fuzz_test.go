package petrarch_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

// The readers must never panic, and every error must name the file and a
// line of it.

// addSeeds seeds a fuzzer with the test fixtures and some short inputs.
func addSeeds(f *testing.F, fixture string, extra ...string) {
	if fixture != "" {
		b, err := os.ReadFile(filepath.Join("testdata", fixture))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	// A line ending in '<' once made the comment scanner slice past the
	// end of the line (found by fuzzing).
	f.Add("<")
	f.Add("0000<")
	f.Add("A [X] <!")
	for _, s := range extra {
		f.Add(s)
	}
}

func FuzzReadActors(f *testing.F) {
	addSeeds(f, "actors.txt",
		"SYLDAVIA [SYL]\n+KLOW\n\t[SYLGOV 20010101-20051231]\n\t[SYLELI <950101]\n\t[SYLOPP >20100101]\n",
		"A\nB\n\t[X]\n\nC [",
		"[X]\n+Y\n<!-- x\n",
		"A [X 2001-]\nB [X 1-2]\nC [X <]\nD [X >9]\nE [X --]\n",
		"BROKEN [X\n+SYN\nNEXT\n\t[Y]\n",
	)
	f.Fuzz(func(t *testing.T, data string) {
		as := &dict.Actors{}
		errs := petrarch.ReadActors(as, "f.txt", data)
		n := countLines(data)
		for _, e := range errs {
			if e.Pos.File != "f.txt" || e.Pos.Line < 1 || e.Pos.Line > n {
				t.Errorf("error at %v (input has %d lines): %v", e.Pos, n, e)
			}
		}
		for _, a := range as.Entries {
			if len(a.Codes) == 0 {
				t.Errorf("entry %q stored without a code", a.Name)
			}
			for _, c := range a.Codes {
				if c.From != 0 && c.To != 0 && c.To < c.From {
					t.Errorf("entry %q: range %v-%v ends before it starts", a.Name, c.From, c.To)
				}
			}
		}
	})
}

func FuzzReadAgents(f *testing.F) {
	addSeeds(f, "agents.txt",
		"!K! = A, B\nX!K! [~C]\n!K!!K! [C~]\n",
		"!A! = !A!\nB!A! [~C]\n",
		"X {Y [~C]\nZ [~]\n[~C]\n!\n!!=\n",
	)
	f.Fuzz(func(t *testing.T, data string) {
		as := &dict.Agents{}
		errs := petrarch.ReadAgents(as, "f.txt", data)
		n := countLines(data)
		for _, e := range errs {
			if e.Pos.File != "f.txt" || e.Pos.Line < 1 || e.Pos.Line > n {
				t.Errorf("error at %v (input has %d lines): %v", e.Pos, n, e)
			}
		}
		for _, a := range as.Entries {
			if a.Code == "" {
				t.Errorf("agent %q stored without a code", a.Name)
			}
		}
	})
}

func FuzzReadVerbs(f *testing.F) {
	addSeeds(f, "verbs.txt",
		"&A\n+&B\n&B\n+&A\n--- X [1] ---\nX\n- * &A [2]\n",
		"--- X [1:2] ---\n+Y_Z {W} [3]\n- $ ^ * % + [---]\n- * {A B} (C D) [4]\n~ a (b) = a b c\n",
		"- * [1]\nX\n--- [\n&\n+\n~\n",
	)
	f.Fuzz(func(t *testing.T, data string) {
		vs := &dict.Verbs{}
		errs := petrarch.ReadVerbs(vs, "f.txt", data)
		n := countLines(data)
		for _, e := range errs {
			if e.Pos.File != "f.txt" || e.Pos.Line < 1 || e.Pos.Line > n {
				t.Errorf("error at %v (input has %d lines): %v", e.Pos, n, e)
			}
		}
		for _, b := range vs.Blocks {
			for _, v := range b.Verbs {
				if v.Word == "" || len(v.Forms) == 0 {
					t.Errorf("verb %q has no word or forms", v.Name)
				}
				if len(vs.Lookup(v.Forms[0])) == 0 {
					t.Errorf("verb %q not indexed", v.Name)
				}
			}
			for _, p := range b.Patterns {
				for _, e := range append(append([]dict.Elem(nil), p.Upper...), p.Lower...) {
					if e.Kind == dict.ElemSynset && e.Synset == nil {
						t.Errorf("pattern %q has an unresolved synset", p.Text)
					}
				}
			}
		}
	})
}

func FuzzReadDiscards(f *testing.F) {
	addSeeds(f, "",
		"CRICKET\nGOAL_\n+HOROSCOPE\nFIRST HALF_\n",
		"+\n_\n<!--\n-->\n;",
	)
	f.Fuzz(func(t *testing.T, data string) {
		ds := &dict.Discards{}
		errs := petrarch.ReadDiscards(ds, "f.txt", data)
		n := countLines(data)
		for _, e := range errs {
			if e.Pos.File != "f.txt" || e.Pos.Line < 1 || e.Pos.Line > n {
				t.Errorf("error at %v (input has %d lines): %v", e.Pos, n, e)
			}
		}
		for _, d := range ds.Entries {
			if len(d.Phrase.Words) == 0 {
				t.Errorf("empty discard %q stored", d.Text)
			}
			// Every discard finds itself.
			if ds.Find(d.Phrase.Words) == nil {
				t.Errorf("discard %q does not find its own words", d.Text)
			}
		}
	})
}

func FuzzReadIssues(f *testing.F) {
	addSeeds(f, "",
		"<ISSUE CATEGORY=\"A\">\nn:x [B]\nv:y+z\n~a b\n~~n:c\n</ISSUE>\n",
		"<ISSUE>\nx\n<ISSUE CATEGORY=\"\nq+ [\n+\n",
		// Found by fuzzing: an empty [] code was stored, and invalid
		// UTF-8 in a tag made the attribute reader slice out of range.
		"<ISSUECATEGORY\"0\"\n[]0",
		"<ISSUE\xf5CATEGORY",
	)
	f.Fuzz(func(t *testing.T, data string) {
		is := &dict.Issues{}
		errs := petrarch.ReadIssues(is, "f.txt", data)
		n := countLines(data)
		for _, e := range errs {
			if e.Pos.File != "f.txt" || e.Pos.Line < 1 || e.Pos.Line > n {
				t.Errorf("error at %v (input has %d lines): %v", e.Pos, n, e)
			}
		}
		for _, e := range is.Entries {
			if e.Code == "" || e.Category == "" {
				t.Errorf("issue entry without code or category: %+v", e)
			}
		}
	})
}

func FuzzReadSuite(f *testing.F) {
	addSeeds(f, "suite.xml",
		`<Sentence date="20200101" id="A"><EventCoding sourcecode="X" targetcode="Y" eventcode="1"/><Text>t</Text><Parse>(S (NN t))</Parse></Sentence>`,
		`<Environment><Config option="a" value="b"/><Actorfile>,x,</Actorfile></Environment><Sentence`,
		"<Validation>\n<Sentence id=\"C\" date=\"20200101><Text>x</Text></Sentence>",
	)
	f.Fuzz(func(t *testing.T, data string) {
		s, errs := petrarch.ReadSuite("f.xml", bytes.NewReader([]byte(data)))
		if s == nil {
			t.Fatal("nil suite")
		}
		n := countLines(data)
		for _, e := range errs {
			if e.Pos.File != "f.xml" || e.Pos.Line < 1 || e.Pos.Line > n {
				t.Errorf("error at %v (input has %d lines): %v", e.Pos, n, e)
			}
		}
		for _, r := range s.Records {
			if r.ID == "" || !r.Date.Valid() || r.Text == "" {
				t.Errorf("record kept without id, date or text: %+v", r)
			}
		}
	})
}

func countLines(data string) int { return 1 + bytes.Count([]byte(data), []byte("\n")) }
