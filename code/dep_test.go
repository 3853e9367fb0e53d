package code_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
)

// depSentence builds a parsed sentence from "word/UPOS/XPOS/head/rel"
// items, heads counted from 1 and 0 for the root as in CoNLL-U: the
// analyses a dependency parser gives, errors included.
func depSentence(t testing.TB, items string) *dyad.Sentence {
	t.Helper()
	s := &dyad.Sentence{}
	var words []string
	for _, it := range strings.Fields(items) {
		f := strings.Split(it, "/")
		if len(f) != 5 {
			t.Fatalf("bad item %q", it)
		}
		var h int
		if _, err := fmt.Sscan(f[3], &h); err != nil {
			t.Fatalf("bad head in %q", it)
		}
		start := len(strings.Join(words, " "))
		if len(words) > 0 {
			start++
		}
		words = append(words, f[0])
		s.Tokens = append(s.Tokens, dyad.Token{Text: f[0], UPOS: f[1], XPOS: f[2], Head: h - 1, Rel: f[4],
			Span: dyad.Span{Start: start, End: start + len(f[0])}})
	}
	s.Text = strings.Join(words, " ")
	s.Span = dyad.Span{Start: 0, End: len(s.Text)}
	return s
}

// TestParserErrors codes sentences as dyad's parser analyses them when it
// errs, with the news options.
func TestParserErrors(t *testing.T) {
	tests := []struct {
		name, items, want string
	}{
		{"an infinitive of control parsed as a purpose clause",
			"Iraq/PROPN/NNP/2/nsubj wants/VERB/VBZ/0/root Iran/PROPN/NNP/2/obj to/PART/TO/5/mark hold/VERB/VB/2/advcl talks/NOUN/NNS/5/obj ./PUNCT/./2/punct",
			"IRQ IRN 026"},
		{"a noun tagged as a verb under its possessor",
			"Iraq/PROPN/NNP/3/nmod:poss 's/PART/POS/1/case release/VERB/VBP/0/root of/ADP/IN/6/case Iranian/ADJ/JJ/6/amod prisoners/NOUN/NNS/3/obj ./PUNCT/./3/punct",
			"IRQ IRNCVL 0841"},
		{"a participle hung on its object",
			"Iraqi/ADJ/JJ/2/amod troops/NOUN/NNS/3/nsubj attacked/VERB/VBN/4/amod Iran/PROPN/NNP/0/root ./PUNCT/./4/punct",
			"IRQMIL IRN 190"},
		{"the source of a report is no side of it",
			"Troops/NOUN/NNS/2/nsubj attacked/VERB/VBD/0/root villages/NOUN/NNS/2/obj ,/PUNCT/,/6/punct according/VERB/VBG/6/case to/ADP/IN/5/fixed Iraq/PROPN/NNP/2/obl ./PUNCT/./2/punct",
			""},
		{"a weapon fired is no target",
			"Iraq/PROPN/NNP/2/nsubj fired/VERB/VBD/0/root artillery/NOUN/NN/2/obj ./PUNCT/./2/punct",
			"IRQ  190"},
		{"a role acted on by the one country named is not its",
			"Iraq/PROPN/NNP/2/nsubj shelled/VERB/VBD/0/root rebel/NOUN/NN/4/compound positions/NOUN/NNS/2/obj ./PUNCT/./2/punct",
			"IRQ ---REB 190"},
		{"a country's weapons are",
			"Iraq/PROPN/NNP/2/nsubj shelled/VERB/VBD/0/root Iranian/ADJ/JJ/4/amod tanks/NOUN/NNS/2/obj ./PUNCT/./2/punct",
			"IRQ IRNMIL 190"},
		{"what is told to reporters is a statement to no one",
			"Iraq/PROPN/NNP/2/nsubj told/VERB/VBD/0/root Iranian/ADJ/JJ/4/amod reporters/NOUN/NNS/2/iobj ./PUNCT/./2/punct",
			""},
		{"a relative clause the parser did not make one",
			"Iran/PROPN/NNP/2/nsubj blamed/VERB/VBD/0/root the/DET/DT/4/det raid/NOUN/NN/2/obj ,/PUNCT/,/4/punct which/PRON/WDT/7/nsubj killed/VERB/VBD/2/advcl Iraqis/PROPN/NNPS/7/obj ./PUNCT/./2/punct",
			"IRN  112"},
		{"territory is taken from whom the from phrase names, wherever it hangs",
			"Iraq/PROPN/NNP/2/nsubj seized/VERB/VBD/0/root the/DET/DT/4/det town/NOUN/NN/2/obj of/ADP/IN/6/case Syria/PROPN/NNP/4/nmod from/ADP/IN/8/case Iran/PROPN/NNP/6/nmod ./PUNCT/./2/punct",
			"IRQ IRN 192"},
		{"a place is taken, not arrested",
			"Turkey/PROPN/NNP/2/nsubj captured/VERB/VBD/0/root Syria/PROPN/NNP/2/obj ./PUNCT/./2/punct",
			"TUR SYR 192"},
		{"people are arrested",
			"Turkey/PROPN/NNP/2/nsubj captured/VERB/VBD/0/root Iraqis/PROPN/NNPS/2/obj ./PUNCT/./2/punct",
			"TUR IRQ 173"},
		{"cooperation among civilians is no political event",
			"Iraqi/ADJ/JJ/2/amod students/NOUN/NNS/3/nsubj met/VERB/VBD/0/root Iraqi/ADJ/JJ/5/amod people/NOUN/NNS/3/obj ./PUNCT/./3/punct",
			""},
		{"violence among civilians is",
			"Iraqi/ADJ/JJ/2/amod students/NOUN/NNS/3/nsubj attacked/VERB/VBD/0/root Iraqi/ADJ/JJ/5/amod people/NOUN/NNS/3/obj ./PUNCT/./3/punct",
			"IRQEDU IRQCVL 190"},
		{"a verb the parser joined to another without a conjunction shares no subject",
			"Iraq/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Iran/PROPN/NNP/2/obj before/ADP/IN/5/case talks/NOUN/NNS/2/obl attacked/VERB/VBD/2/conj Syria/PROPN/NNP/6/obj ./PUNCT/./2/punct",
			" SYR 190; IRQ IRN 036"},
		{"a verb joined to another by a conjunction shares its subject",
			"Iraq/PROPN/NNP/2/nsubj met/VERB/VBD/0/root Iran/PROPN/NNP/2/obj and/CCONJ/CC/5/cc attacked/VERB/VBD/2/conj Syria/PROPN/NNP/5/obj ./PUNCT/./2/punct",
			"IRQ IRN 036; IRQ SYR 190"},
		{"an infinitive after an auxiliary is no purpose clause",
			"Iraq/PROPN/NNP/2/nsubj wanted/VERB/VBD/0/root talks/NOUN/NNS/2/obj over/ADP/IN/5/case who/PRON/WP/8/obj was/AUX/VBD/8/aux to/PART/TO/8/mark blame/VERB/VB/2/advcl ./PUNCT/./2/punct",
			""},
		{"roles alone are nobody in particular",
			"Police/NOUN/NNS/2/nsubj warned/VERB/VBD/0/root rebels/NOUN/NNS/2/obj ./PUNCT/./2/punct",
			""},
	}
	c := testCoder(t, code.NewsOptions())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := c.CodeIn(&code.Discourse{}, depSentence(t, tt.items), 20070101)
			if err != nil {
				t.Fatal(err)
			}
			if got := triples(evs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPronounReach checks that a pronoun finds no antecedent further back
// than the sentence before, and that "you" is never an actor.
func TestPronounReach(t *testing.T) {
	c := testCoder(t, code.NewsOptions())
	story := []struct{ items, want string }{
		{"Iran/PROPN/NNP/2/nsubj attacked/VERB/VBD/0/root Iraq/PROPN/NNP/2/obj ./PUNCT/./2/punct", "IRN IRQ 190"},
		{"It/PRON/PRP/2/nsubj accused/VERB/VBD/0/root Syria/PROPN/NNP/2/obj ./PUNCT/./2/punct", "IRQ SYR 112"},
		{"You/PRON/PRP/2/nsubj accused/VERB/VBD/0/root Syria/PROPN/NNP/2/obj ./PUNCT/./2/punct", ""},
		{"Prices/NOUN/NNS/2/nsubj rose/VERB/VBD/0/root ./PUNCT/./2/punct", ""},
		{"It/PRON/PRP/2/nsubj accused/VERB/VBD/0/root Turkey/PROPN/NNP/2/obj ./PUNCT/./2/punct", ""},
	}
	d := &code.Discourse{}
	for i, x := range story {
		evs, err := c.CodeIn(d, depSentence(t, x.items), 20070101)
		if err != nil {
			t.Fatal(err)
		}
		if got := triples(evs); got != x.want {
			t.Errorf("sentence %d: got %q, want %q", i+1, got, x.want)
		}
	}
}
