package code_test

import (
	"errors"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/petrarch"
	"github.com/dyadproject/dyad/ptb"
)

func testCoder(t testing.TB, opts code.Options) *code.Coder {
	t.Helper()
	set, errs := petrarch.Load(os.DirFS("testdata"), petrarch.Files{
		Verbs:    []string{"test.verbs.txt"},
		Actors:   []string{"test.actors.txt"},
		Agents:   []string{"test.agents.txt"},
		Discards: []string{"test.discards.txt"},
	})
	if len(errs) > 0 {
		t.Fatalf("loading test dictionaries: %v", errs)
	}
	return code.New(set, opts)
}

func sentence(t testing.TB, text, parse string) *dyad.Sentence {
	t.Helper()
	tree, err := ptb.Parse(parse)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return ptb.ToSentence(tree, text, 0)
}

func triples(evs []dyad.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Source+" "+e.Target+" "+e.Code)
	}
	sort.Strings(out)
	return strings.Join(out, "; ")
}

func TestCode(t *testing.T) {
	tests := []struct {
		name, text, parse string
		date              dyad.Date
		want              string
	}{
		{"simple dyad", "Iraq accused Iran.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD accused) (NP (NNP Iran))) (. .)))", 20070101,
			"IRQ IRN 112"},
		{"pattern refines the code", "Iraq accused Iran of spying.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD accused) (NP (NNP Iran)) (PP (IN of) (NP (NN spying)))) (. .)))", 20070101,
			"IRQ IRN 1121"},
		{"synset in a pattern", "Iraqi troops shelled Syria with rockets.",
			"(ROOT (S (NP (JJ Iraqi) (NNS troops)) (VP (VBD shelled) (NP (NNP Syria)) (PP (IN with) (NP (NNS rockets)))) (. .)))", 20070101,
			"IRQMIL SYR 195"},
		{"negation pattern gives no event", "Iraq did not attack Iran.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Iran)))) (. .)))", 20070101,
			""},
		{"agents join their country", "Iraqi police arrested Iranian students and accused them.",
			"(ROOT (S (NP (JJ Iraqi) (NNS police)) (VP (VBD accused) (NP (JJ Iranian) (NNS students))) (. .)))", 20070101,
			"IRQCOP IRNEDU 112"},
		{"agent from a prepositional phrase", "Rebels from Syria attacked Turkish troops.",
			"(ROOT (S (NP (NP (NNS Rebels)) (PP (IN from) (NP (NNP Syria)))) (VP (VBD attacked) (NP (JJ Turkish) (NNS troops))) (. .)))", 20070101,
			"SYRREB TURMIL 190"},
		{"dated actor in office", "Maliki accused Iran.",
			"(ROOT (S (NP (NNP Maliki)) (VP (VBD accused) (NP (NNP Iran))) (. .)))", 20070101,
			"IRQGOV IRN 112"},
		{"dated actor out of office", "Maliki accused Iran.",
			"(ROOT (S (NP (NNP Maliki)) (VP (VBD accused) (NP (NNP Iran))) (. .)))", 20160101,
			"IRQELI IRN 112"},
		{"compound target", "Iraq accused Iran and Syria.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD accused) (NP (NNP Iran) (CC and) (NNP Syria))) (. .)))", 20070101,
			"IRQ IRN 112; IRQ SYR 112"},
		{"compound acting on each other", "Iraq and Iran met.",
			"(ROOT (S (NP (NNP Iraq) (CC and) (NNP Iran)) (VP (VBD met)) (. .)))", 20070101,
			"IRN IRQ 043; IRQ IRN 043"},
		{"code pair gives the reverse event", "Iraq visited Iran.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD visited) (NP (NNP Iran))) (. .)))", 20070101,
			"IRN IRQ 043; IRQ IRN 042"},
		{"passive with by", "Iran was accused by Iraq.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD was) (VP (VBN accused) (PP (IN by) (NP (NNP Iraq))))) (. .)))", 20070101,
			"IRQ IRN 112"},
		{"pattern binds source and target", "Iraqis were freed from Iran.",
			"(ROOT (S (NP (NNPS Iraqis)) (VP (VBD were) (VP (VBN freed) (PP (IN from) (NP (NNP Iran))))) (. .)))", 20070101,
			"IRN IRQ 0841"},
		{"capital as metonym", "Baghdad warned Iran.",
			"(ROOT (S (NP (NNP Baghdad)) (VP (VBD warned) (NP (NNP Iran))) (. .)))", 20070101,
			"IRQGOV IRN 130"},
		{"pronoun subject resolved to the reporting clause's", "Iraq warned that it would attack Syria.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD warned) (SBAR (IN that) (S (NP (PRP it)) (VP (MD would) (VP (VB attack) (NP (NNP Syria))))))) (. .)))", 20070101,
			"IRQ SYR 130"},
		{"pronoun subject resolved through a verb not in the dictionary", "Iraq indicated it would attack Syria.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD indicated) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB attack) (NP (NNP Syria))))))) (. .)))", 20070101,
			"IRQ SYR 190"},
		{"relative pronoun stands for its noun", "Iraqi police who attacked Iran were arrested.",
			"(ROOT (S (NP (NP (JJ Iraqi) (NNS police)) (SBAR (WHNP (WP who)) (S (VP (VBD attacked) (NP (NNP Iran)))))) (VP (VBD were) (VP (VBN arrested))) (. .)))", 20070101,
			"IRQCOP IRN 190"},
		{"no target, no event", "Iraq warned.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD warned)) (. .)))", 20070101,
			""},
		{"spokesman of a government", "An Iraqi government spokesman accused Turkey.",
			"(ROOT (S (NP (DT An) (JJ Iraqi) (NN government) (NN spokesman)) (VP (VBD accused) (NP (NNP Turkey))) (. .)))", 20070101,
			"IRQGOV TUR 112"},
	}
	c := testCoder(t, code.DefaultOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := c.Code(sentence(t, tt.text, tt.parse), tt.date)
			if err != nil {
				t.Fatal(err)
			}
			if got := triples(evs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReportedSpeechClaimsItsClause checks PETRARCH's rule: a dictionary
// verb claims its verb phrase, so the verb it reports is not coded apart.
func TestReportedSpeechClaimsItsClause(t *testing.T) {
	c := testCoder(t, code.DefaultOptions())
	s := sentence(t, "Iraq said Iran attacked Syria.",
		"(ROOT (S (NP (NNP Iraq)) (VP (VBD said) (SBAR (S (NP (NNP Iran)) (VP (VBD attacked) (NP (NNP Syria)))))) (. .)))")
	evs, err := c.Code(s, 20070101)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := triples(evs), "IRQ IRN 010"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestRequireDyad(t *testing.T) {
	opts := code.DefaultOptions()
	opts.RequireDyad = false
	c := testCoder(t, opts)
	evs, err := c.Code(sentence(t, "Iraq warned.", "(ROOT (S (NP (NNP Iraq)) (VP (VBD warned)) (. .)))"), 20070101)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := triples(evs), "IRQ --- 130"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCommaClauseRemoved(t *testing.T) {
	c := testCoder(t, code.DefaultOptions())
	// Without removal, Syria inside the remark would be the target.
	text := "Iraq, in a remark about Syria, accused Iran."
	parse := "(ROOT (S (NP (NNP Iraq)) (, ,) (PP (IN in) (NP (NP (DT a) (NN remark)) (PP (IN about) (NP (NNP Syria))))) (, ,) (VP (VBD accused) (NP (NNP Iran))) (. .)))"
	evs, err := c.Code(sentence(t, text, parse), 20070101)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := triples(evs), "IRQ IRN 112"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDiscards(t *testing.T) {
	c := testCoder(t, code.DefaultOptions())
	tests := []struct {
		name, text, parse string
		story             bool
	}{
		{"sentence discard by stem", "Iraq accused Iran of footballing.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD accused) (NP (NNP Iran)) (PP (IN of) (NP (NN footballing)))) (. .)))", false},
		{"story discard", "Iraq accused the Champions League.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD accused) (NP (DT the) (NNPS Champions) (NNP League))) (. .)))", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := c.Code(sentence(t, tt.text, tt.parse), 20070101)
			var d *code.DiscardError
			if !errors.As(err, &d) || d.Story != tt.story || len(evs) > 0 {
				t.Errorf("got %v, %v; want a discard (story %v) and no events", evs, err, tt.story)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	c := testCoder(t, code.DefaultOptions())
	s := sentence(t, "BASRA: -- Iraq accused Iran.",
		"(ROOT (S (NP (NNP BASRA)) (: :) (: --) (NP (NNP Iraq)) (VP (VBD accused) (NP (NNP Iran))) (. .)))")
	if _, err := c.Code(s, 20070101); !errors.Is(err, code.ErrDateline) {
		t.Errorf("got %v, want ErrDateline", err)
	}
}

// TestProvenance checks that an event says where it came from: the spans
// of its source, target and verb in the text, and the dictionary line.
func TestProvenance(t *testing.T) {
	c := testCoder(t, code.DefaultOptions())
	text := "Iraqi police accused Iran of spying."
	s := sentence(t, text, "(ROOT (S (NP (JJ Iraqi) (NNS police)) (VP (VBD accused) (NP (NNP Iran)) (PP (IN of) (NP (NN spying)))) (. .)))")
	evs, err := c.Code(s, 20070101)
	if err != nil || len(evs) != 1 {
		t.Fatalf("got %v, %v", evs, err)
	}
	e := evs[0]
	for _, x := range []struct {
		name string
		span dyad.Span
		want string
	}{{"source", e.SourceSpan, "Iraqi police"}, {"target", e.TargetSpan, "Iran"}, {"verb", e.VerbSpan, "accused"}} {
		if got := x.span.Of(text); got != x.want {
			t.Errorf("%s span %v is %q, want %q", x.name, x.span, got, x.want)
		}
	}
	if e.SourceText != "Iraqi police" || e.VerbText != "accused" {
		t.Errorf("texts %q %q", e.SourceText, e.VerbText)
	}
	if !strings.HasPrefix(e.Pattern, "test.verbs.txt:9 ") {
		t.Errorf("pattern %q, want the line of '- * OF SPYING'", e.Pattern)
	}
}

func TestOptionsSet(t *testing.T) {
	o := code.DefaultOptions()
	for _, x := range [][2]string{{"require_dyad", "FALSE"}, {"comma_max", "6"}, {"stop_on_error", "True"}} {
		if err := o.Set(x[0], x[1]); err != nil {
			t.Errorf("Set(%s, %s): %v", x[0], x[1], err)
		}
	}
	if o.RequireDyad || o.CommaMax != 6 {
		t.Errorf("options not set: %+v", o)
	}
	for _, x := range [][2]string{{"require_dyad", "maybe"}, {"comma_max", "-1"}, {"no_such_option", "1"}} {
		if err := o.Set(x[0], x[1]); err == nil {
			t.Errorf("Set(%s, %s) accepted", x[0], x[1])
		}
	}
}

func TestNewsOptions(t *testing.T) {
	tests := []struct {
		name, text, parse string
		petrarch, news    string // events with DefaultOptions and with NewsOptions
	}{
		{"reported speech gives way to what it reports", "Iraq said Iran attacked Syria.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD said) (SBAR (S (NP (NNP Iran)) (VP (VBD attacked) (NP (NNP Syria)))))) (. .)))",
			"IRQ IRN 010", "IRN SYR 190"},
		{"a denial keeps its clause", "Iran denied it attacked Syria.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD denied) (SBAR (S (NP (PRP it)) (VP (VBD attacked) (NP (NNP Syria)))))) (. .)))",
			"IRN SYR 016", "IRN SYR 016"},
		{"a statement names whom it is made to, not whom it mentions", "Iraq said the talks with Iran were useful.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD said) (SBAR (S (NP (NP (DT the) (NNS talks)) (PP (IN with) (NP (NNP Iran)))) (VP (VBD were) (ADJP (JJ useful)))))) (. .)))",
			"IRQ IRN 010", ""},
		{"a statement to someone stays", "Iraq said to Iran that the talks were useful.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD said) (PP (TO to) (NP (NNP Iran))) (SBAR (IN that) (S (NP (DT the) (NNS talks)) (VP (VBD were) (ADJP (JJ useful)))))) (. .)))",
			"IRQ IRN 010", "IRQ IRN 010"},
		{"no target: still an event in news", "Iraq warned.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD warned)) (. .)))",
			"", "IRQ  130"},
		{"a role without a country is a source", "Police warned Iran.",
			"(ROOT (S (NP (NNS Police)) (VP (VBD warned) (NP (NNP Iran))) (. .)))",
			"---COP IRN 130", "---COP IRN 130"},
		{"negated verb codes nothing", "Iraq never accused Iran.",
			"(ROOT (S (NP (NNP Iraq)) (VP (ADVP (RB never)) (VBD accused) (NP (NNP Iran))) (. .)))",
			"IRQ IRN 112", ""},
		{"event noun with possessor and object", "The Iraqi government's release of Iranian prisoners was welcomed.",
			"(ROOT (S (NP (NP (NP (DT The) (JJ Iraqi) (NN government) (POS 's)) (NN release)) (PP (IN of) (NP (JJ Iranian) (NNS prisoners)))) (VP (VBD was) (VP (VBN welcomed))) (. .)))",
			"", "IRQGOV IRNCVL 0841"},
		{"target outside a relative clause", "Iran blamed the violence, which killed Iraqis, on Turkey.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD blamed) (NP (NP (DT the) (NN violence)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD killed) (NP (NNPS Iraqis))))) (, ,)) (PP (IN on) (NP (NNP Turkey)))) (. .)))",
			"IRN IRQ 112", "IRN TUR 112"},
		{"passive without an agent has no source", "Iran was accused over Syria.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD was) (VP (VBN accused) (PP (IN over) (NP (NNP Syria))))) (. .)))",
			"IRN SYR 112", ""},
		{"a compound fights among itself", "Iraq and Iran attacked in the night.",
			"(ROOT (S (NP (NNP Iraq) (CC and) (NNP Iran)) (VP (VBD attacked) (PP (IN in) (NP (DT the) (NN night)))) (. .)))",
			"", "IRN IRQ 190; IRQ IRN 190"},
		{"a place is not a target", "Iraqi troops attacked villages in Syria.",
			"(ROOT (S (NP (JJ Iraqi) (NNS troops)) (VP (VBD attacked) (NP (NP (NNS villages)) (PP (IN in) (NP (NNP Syria))))) (. .)))",
			"IRQMIL SYR 190", "IRQMIL  190"},
		{"a finite verb the parser hung on a noun is read in word order", "Iraq accused Iran.",
			"(ROOT (NP (NP (NNP Iraq)) (NP (VBD accused) (NNP Iran)) (. .)))",
			"", "IRQ IRN 112"},
		{"a future act is an intent", "Iraq will attack Iran.",
			"(ROOT (S (NP (NNP Iraq)) (VP (MD will) (VP (VB attack) (NP (NNP Iran)))) (. .)))",
			"IRQ IRN 190", "IRQ IRN 1384"},
		{"violence by an unknown hand keeps its target", "Iraqi troops were attacked.",
			"(ROOT (S (NP (JJ Iraqi) (NNS troops)) (VP (VBD were) (VP (VBN attacked))) (. .)))",
			"", " IRQMIL 190"},
		{"other acts need a source", "Iran was accused.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD was) (VP (VBN accused))) (. .)))",
			"", ""},
		{"violence by an unknown hand is the place's unidentified forces", "Iraqi troops were attacked in Turkey.",
			"(ROOT (S (NP (JJ Iraqi) (NNS troops)) (VP (VBD were) (VP (VBN attacked) (PP (IN in) (NP (NNP Turkey))))) (. .)))",
			"IRQMIL TUR 190", "TURUAF IRQMIL 190"},
		{"a stative participle is not a passive", "Iraqi troops were engaged in fighting with Iran.",
			"(ROOT (S (NP (JJ Iraqi) (NNS troops)) (VP (VBD were) (VP (VBN engaged) (PP (IN in) (NP (NP (NN fighting)) (PP (IN with) (NP (NNP Iran))))))) (. .)))",
			"IRQMIL IRN 190", "IRQMIL IRN 190"},
		{"a purpose clause has its main clause's subject", "Iraqi students marched to protest against Iran.",
			"(ROOT (S (NP (JJ Iraqi) (NNS students)) (VP (VBD marched) (S (VP (TO to) (VP (VB protest) (PP (IN against) (NP (NNP Iran))))))) (. .)))",
			"IRQEDU IRN 140", "IRQEDU IRN 140"},
		{"a verb that codes nothing leaves its clause to others", "Turkey opened the border to release Iranian prisoners.",
			"(ROOT (S (NP (NNP Turkey)) (VP (VBD opened) (NP (DT the) (NN border)) (S (VP (TO to) (VP (VB release) (NP (JJ Iranian) (NNS prisoners)))))) (. .)))",
			"", "TUR IRNCVL 0841"},
		{"appositive names the actor", "Iraq accused Iran's leader, Ali Khamenei.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD accused) (NP (NP (NP (NNP Iran) (POS 's)) (NN leader)) (, ,) (NP (NNP Ali) (NNP Khamenei)))) (. .)))",
			"IRQ IRNGOV 112", "IRQ IRNGOV 112"},
		{"forces sent are not the target", "Iraq sent troops to Syria.",
			"(ROOT (S (NP (NNP Iraq)) (VP (VBD sent) (NP (NNS troops)) (PP (TO to) (NP (NNP Syria)))) (. .)))",
			"IRQ ---MIL 072", "IRQ SYR 072"},
		{"a question reports nothing", "Did Iraq attack Iran?",
			"(ROOT (SQ (VBD Did) (NP (NNP Iraq)) (VP (VB attack) (NP (NNP Iran))) (. ?)))",
			"IRQ IRN 190", ""},
		{"a quoted question has its speaker", "\"Why?\" Iraq warned Iran.",
			"(ROOT (S (`` \") (FRAG (WHADVP (WRB Why)) (. ?)) ('' \") (NP (NNP Iraq)) (VP (VBD warned) (NP (NNP Iran))) (. .)))",
			"IRQ IRN 130", "IRQ IRN 130"},
	}
	petrarch := testCoder(t, code.DefaultOptions())
	news := petrarch.WithOptions(code.NewsOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(t, tt.text, tt.parse)
			for _, x := range []struct {
				name string
				c    *code.Coder
				want string
			}{{"petrarch", petrarch, tt.petrarch}, {"news", news, tt.news}} {
				evs, err := x.c.Code(s, 20070101)
				if err != nil {
					t.Fatal(err)
				}
				if got := triples(evs); got != x.want {
					t.Errorf("%s options: got %q, want %q", x.name, got, x.want)
				}
			}
		})
	}
}

// TestPlaceRoles checks the countries given to roles and ethnic groups
// named without one, which needs an article's discourse.
func TestPlaceRoles(t *testing.T) {
	tests := []struct {
		name, text, parse, home, want string
	}{
		{"a role takes the country it is placed in", "Police attacked Iranian troops in Iraq.",
			"(ROOT (S (NP (NNS Police)) (VP (VBD attacked) (NP (JJ Iranian) (NNS troops)) (PP (IN in) (NP (NNP Iraq)))) (. .)))",
			"", "IRQCOP IRNMIL 190"},
		{"the place beats the story's home", "Police attacked Iranian troops in Iraq.",
			"(ROOT (S (NP (NNS Police)) (VP (VBD attacked) (NP (JJ Iranian) (NNS troops)) (PP (IN in) (NP (NNP Iraq)))) (. .)))",
			"TUR", "IRQCOP IRNMIL 190"},
		{"an ethnic group is coded by where it lives", "Ethnic Iraqis attacked police in Turkey.",
			"(ROOT (S (NP (JJ Ethnic) (NNPS Iraqis)) (VP (VBD attacked) (NP (NNS police)) (PP (IN in) (NP (NNP Turkey)))) (. .)))",
			"", "TURCVL TURCOP 190"},
		{"an ethnic group with no place is of the other country named", "Ethnic Iraqis attacked Iranian troops.",
			"(ROOT (S (NP (JJ Ethnic) (NNPS Iraqis)) (VP (VBD attacked) (NP (JJ Iranian) (NNS troops))) (. .)))",
			"", "IRNCVL IRNMIL 190"},
		{"an ethnic group alone keeps its people's country", "Ethnic Iraqis attacked police.",
			"(ROOT (S (NP (JJ Ethnic) (NNPS Iraqis)) (VP (VBD attacked) (NP (NNS police))) (. .)))",
			"", "IRQCVL ---COP 190"},
		{"a group without a country is non-governmental", "A human rights group accused Iraq.",
			"(ROOT (S (NP (DT A) (NN human) (NNS rights) (NN group)) (VP (VBD accused) (NP (NNP Iraq))) (. .)))",
			"", "NGOHRI IRQ 112"},
		{"a role is not of the country it acts on", "Troops attacked Iran.",
			"(ROOT (S (NP (NNS Troops)) (VP (VBD attacked) (NP (NNP Iran))) (. .)))",
			"", "---MIL IRN 190"},
		{"but is of the story's country", "Troops attacked Iran.",
			"(ROOT (S (NP (NNS Troops)) (VP (VBD attacked) (NP (NNP Iran))) (. .)))",
			"TUR", "TURMIL IRN 190"},
	}
	c := testCoder(t, code.NewsOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := c.CodeIn(&code.Discourse{Home: tt.home}, sentence(t, tt.text, tt.parse), 20070101)
			if err != nil {
				t.Fatal(err)
			}
			if got := triples(evs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDiscourse(t *testing.T) {
	c := testCoder(t, code.NewsOptions())
	story := []struct{ text, parse, want string }{
		{"The Iraqi government spokesman accused Iran.",
			"(ROOT (S (NP (DT The) (JJ Iraqi) (NN government) (NN spokesman)) (VP (VBD accused) (NP (NNP Iran))) (. .)))",
			"IRQGOV IRN 112"},
		{"Spokesman Ali al-Dabbagh accused Syria.",
			"(ROOT (S (NP (NN Spokesman) (NNP Ali) (NNP al-Dabbagh)) (VP (VBD accused) (NP (NNP Syria))) (. .)))",
			"IRQGOV SYR 112"},
		{"Dabbagh accused Turkey.",
			"(ROOT (S (NP (NNP Dabbagh)) (VP (VBD accused) (NP (NNP Turkey))) (. .)))",
			"IRQGOV TUR 112"},
		{"He warned Iran.",
			"(ROOT (S (NP (PRP He)) (VP (VBD warned) (NP (NNP Iran))) (. .)))",
			"IRQGOV IRN 130"},
		{"Iran and Syria met.",
			"(ROOT (S (NP (NNP Iran) (CC and) (NNP Syria)) (VP (VBD met)) (. .)))",
			"IRN SYR 043; SYR IRN 043"},
		{"The two sides accused Turkey.",
			"(ROOT (S (NP (DT The) (CD two) (NNS sides)) (VP (VBD accused) (NP (NNP Turkey))) (. .)))",
			"IRN TUR 112; SYR TUR 112"},
		{"The alliance said it warned Iran.",
			"(ROOT (S (NP (DT The) (NN alliance)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD warned) (NP (NNP Iran)))))) (. .)))",
			""}, // "it" is the alliance, which is no actor, not Syria
		{"Smith said he warned Iran.",
			"(ROOT (S (NP (NNP Smith)) (VP (VBD said) (SBAR (S (NP (PRP he)) (VP (VBD warned) (NP (NNP Iran)))))) (. .)))",
			""}, // "he" is Smith, not the spokesman
	}
	d := &code.Discourse{}
	for _, x := range story {
		evs, err := c.CodeIn(d, sentence(t, x.text, x.parse), 20070101)
		if err != nil {
			t.Fatal(err)
		}
		if got := triples(evs); got != x.want {
			t.Errorf("%s: got %q, want %q", x.text, got, x.want)
		}
	}
	// A role without a country takes the one country of its sentence, or
	// the story's home.
	evs, _ := c.CodeIn(&code.Discourse{}, sentence(t, "Rebels attacked Turkish troops.",
		"(ROOT (S (NP (NNS Rebels)) (VP (VBD attacked) (NP (JJ Turkish) (NNS troops))) (. .)))"), 20070101)
	if got := triples(evs); got != "TURREB TURMIL 190" {
		t.Errorf("role in a one-country sentence: got %q", got)
	}
	// Weapons named without an owner are not the last military's.
	d = &code.Discourse{}
	c.CodeIn(d, sentence(t, "Iraqi troops warned Syria.",
		"(ROOT (S (NP (JJ Iraqi) (NNS troops)) (VP (VBD warned) (NP (NNP Syria))) (. .)))"), 20070101)
	evs, _ = c.CodeIn(d, sentence(t, "Syria shelled tanks.",
		"(ROOT (S (NP (NNP Syria)) (VP (VBD shelled) (NP (NNS tanks))) (. .)))"), 20070101)
	if got := triples(evs); got != "SYR  190" {
		t.Errorf("weapons without an owner: got %q", got)
	}
	evs, _ = c.CodeIn(&code.Discourse{Home: "TUR"}, sentence(t, "Turkey warned all rebels.",
		"(ROOT (S (NP (NNP Turkey)) (VP (VBD warned) (NP (DT all) (NNS rebels))) (. .)))"), 20070101)
	if got := triples(evs); got != "TUR  130" {
		t.Errorf("a role said of everyone who has it: got %q", got)
	}
	evs, _ = c.CodeIn(&code.Discourse{Home: "TUR"}, sentence(t, "Police warned rebels.",
		"(ROOT (S (NP (NNS Police)) (VP (VBD warned) (NP (NNS rebels))) (. .)))"), 20070101)
	if got := triples(evs); got != "TURCOP TURREB 130" {
		t.Errorf("roles in a story from Turkey: got %q", got)
	}
	// Without the discourse the references stay unresolved.
	if evs, _ := c.Code(sentence(t, story[2].text, story[2].parse), 20070101); len(evs) != 0 {
		t.Errorf("without a discourse: %v", triples(evs))
	}
}
