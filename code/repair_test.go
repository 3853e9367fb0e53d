package code

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// conll builds a sentence from "word/UPOS/XPOS/head/rel" items, heads
// counted from 1 and 0 for the root, as CoNLL-U writes them.
func conll(t *testing.T, items string) *dyad.Sentence {
	t.Helper()
	s := &dyad.Sentence{}
	for _, it := range strings.Fields(items) {
		f := strings.Split(it, "/")
		if len(f) != 5 {
			t.Fatalf("bad item %q", it)
		}
		var h int
		fmt.Sscan(f[3], &h)
		s.Tokens = append(s.Tokens, dyad.Token{Text: f[0], UPOS: f[1], XPOS: f[2], Head: h - 1, Rel: f[4]})
	}
	return s
}

// heads writes each token's head (from 1) and relation.
func heads(s *dyad.Sentence) string {
	var out []string
	for _, t := range s.Tokens {
		out = append(out, fmt.Sprintf("%s>%d:%s", t.Text, t.Head+1, t.Rel))
	}
	return strings.Join(out, " ")
}

func TestRepairVerbs(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"participle with a subject hung on its object",
			"The/DET/DT/2/det military/NOUN/NN/3/nsubj released/VERB/VBN/4/amod Iranians/PROPN/NNPS/0/root ./PUNCT/./4/punct",
			"The>2:det military>3:nsubj released>0:root Iranians>3:obj .>4:punct"},
		{"finite verb inside a noun phrase",
			"Zambia/PROPN/NNP/3/compound extradited/VERB/VBD/3/amod suspects/NOUN/NNS/0/root",
			"Zambia>2:nsubj extradited>0:root suspects>2:obj"},
		{"an adjectival participle stays",
			"the/DET/DT/3/det wounded/VERB/VBN/3/amod soldiers/NOUN/NNS/4/nsubj arrived/VERB/VBD/0/root",
			"the>3:det wounded>3:amod soldiers>4:nsubj arrived>0:root"},
		{"a predicate the parser made a modifier of the subject",
			"Iraqi/ADJ/JJ/2/amod troops/NOUN/NNS/0/root clashed/VERB/VBD/2/acl near/ADP/IN/5/case Kirkuk/PROPN/NNP/3/obl ./PUNCT/./2/punct",
			"Iraqi>2:amod troops>3:nsubj clashed>0:root near>5:case Kirkuk>3:obl .>3:punct"},
		{"a reduced passive stays",
			"troops/NOUN/NNS/0/root deployed/VERB/VBN/1/acl by/ADP/IN/4/case Iraq/PROPN/NNP/2/obl",
			"troops>0:root deployed>1:acl by>4:case Iraq>2:obl"},
		{"a second verb joined to the first one's object",
			"Turkey/PROPN/NNP/2/nsubj condemned/VERB/VBD/0/root the/DET/DT/4/det attack/NOUN/NN/2/obj and/CCONJ/CC/6/cc called/VERB/VBD/4/conj on/ADP/IN/8/case Iran/PROPN/NNP/6/obl to/PART/TO/10/mark act/VERB/VB/2/advcl ./PUNCT/./2/punct",
			"Turkey>2:nsubj condemned>0:root the>4:det attack>2:obj and>6:cc called>2:conj on>8:case Iran>6:obl to>10:mark act>6:advcl .>2:punct"},
		{"a conjunct with its own subject stays",
			"Turkey/PROPN/NNP/2/nsubj condemned/VERB/VBD/0/root the/DET/DT/4/det attack/NOUN/NN/2/obj Iran/PROPN/NNP/6/nsubj called/VERB/VBD/4/conj",
			"Turkey>2:nsubj condemned>0:root the>4:det attack>2:obj Iran>6:nsubj called>4:conj"},
		{"a predicate the parser made a relative clause without a relative word",
			"African/ADJ/JJ/2/amod Union/NOUN/NN/0/root defence/NOUN/NN/4/compound ministers/NOUN/NNS/2/nmod agreed/VERB/VBD/2/acl:relcl to/PART/TO/7/mark help/VERB/VB/5/xcomp",
			"African>2:amod Union>5:nsubj defence>4:compound ministers>2:nmod agreed>0:root to>7:mark help>5:xcomp"},
		{"a relative clause with its subject stays",
			"the/DET/DT/2/det deal/NOUN/NN/0/root ministers/NOUN/NNS/4/nsubj agreed/VERB/VBD/2/acl:relcl",
			"the>2:det deal>0:root ministers>4:nsubj agreed>2:acl:relcl"},
		{"a name set off before the subject is the subject",
			"Norway/PROPN/NNP/7/vocative ,/PUNCT/,/1/punct a/DET/DT/4/det member/NOUN/NN/7/nsubj ,/PUNCT/,/4/punct has/AUX/VBZ/7/aux refused/VERB/VBN/0/root",
			"Norway>7:nsubj ,>1:punct a>4:det member>1:appos ,>4:punct has>7:aux refused>0:root"},
		{"a dislocated name of a verb without a subject is its subject",
			"Norway/PROPN/NNP/3/dislocated ,/PUNCT/,/1/punct refused/VERB/VBD/0/root",
			"Norway>3:nsubj ,>1:punct refused>0:root"},
		{"a vocative after the subject stays",
			"Norway/PROPN/NNP/2/nsubj refused/VERB/VBD/0/root ,/PUNCT/,/4/punct sir/NOUN/NN/2/vocative",
			"Norway>2:nsubj refused>0:root ,>4:punct sir>2:vocative"},
		{"a vocative not set off from the subject stays",
			"John/PROPN/NNP/3/vocative you/PRON/PRP/3/nsubj go/VERB/VBP/0/root",
			"John>3:vocative you>3:nsubj go>0:root"},
		{"a coordination of subjects the parser split in two",
			"Norway/PROPN/NNP/6/nsubj ,/PUNCT/,/3/punct Sweden/PROPN/NNP/6/nsubj and/CCONJ/CC/5/cc Denmark/PROPN/NNP/3/conj welcomed/VERB/VBD/0/root",
			"Norway>6:nsubj ,>3:punct Sweden>1:conj and>5:cc Denmark>1:conj welcomed>0:root"},
		{"a subject after the verb is no conjunct of the one before",
			"Norway/PROPN/NNP/2/nsubj said/VERB/VBD/0/root ,/PUNCT/,/4/punct Sweden/PROPN/NNP/2/nsubj",
			"Norway>2:nsubj said>0:root ,>4:punct Sweden>2:nsubj"},
		{"a phrase after the comma closing a relative clause",
			"Iran/PROPN/NNP/2/nsubj blames/VERB/VBZ/0/root the/DET/DT/4/det violence/NOUN/NN/2/obj ,/PUNCT/,/7/punct which/PRON/WDT/7/nsubj killed/VERB/VBD/4/acl:relcl many/NOUN/NNS/7/obj ,/PUNCT/,/11/punct on/ADP/IN/11/case Iraq/PROPN/NNP/8/nmod",
			"Iran>2:nsubj blames>0:root the>4:det violence>2:obj ,>7:punct which>7:nsubj killed>4:acl:relcl many>7:obj ,>11:punct on>11:case Iraq>2:obl"},
		{"a phrase inside a relative clause stays",
			"Iran/PROPN/NNP/2/nsubj blames/VERB/VBZ/0/root the/DET/DT/4/det violence/NOUN/NN/2/obj ,/PUNCT/,/7/punct which/PRON/WDT/7/nsubj killed/VERB/VBD/4/acl:relcl many/NOUN/NNS/7/obj on/ADP/IN/10/case Monday/PROPN/NNP/7/obl",
			"Iran>2:nsubj blames>0:root the>4:det violence>2:obj ,>7:punct which>7:nsubj killed>4:acl:relcl many>7:obj on>10:case Monday>7:obl"},
		{"a possessor the parser hung elsewhere",
			"Talks/NOUN/NNS/2/nsubj followed/VERB/VBD/0/root the/DET/DT/4/det army/NOUN/NN/2/obl 's/PART/POS/4/case release/VERB/VBP/2/conj of/ADP/IN/8/case prisoners/NOUN/NNS/6/obj",
			"Talks>2:nsubj followed>0:root the>4:det army>6:nmod:poss 's>4:case release>2:conj of>8:case prisoners>6:obj"},
		{"a possessor in place stays",
			"the/DET/DT/2/det army/NOUN/NN/4/nmod:poss 's/PART/POS/2/case release/NOUN/NN/0/root",
			"the>2:det army>4:nmod:poss 's>2:case release>0:root"},
		{"a verb hung inside a noun phrase heads the whole phrase",
			"Iraq/PROPN/NNP/2/nsubj reduced/VERB/VBD/3/amod food/NOUN/NN/4/compound supplies/NOUN/NNS/0/root",
			"Iraq>2:nsubj reduced>0:root food>4:compound supplies>2:obj"},
		{"a raised participle with a subject and no passive auxiliary is active",
			"Iraq/PROPN/NNP/2/nsubj:pass reduced/VERB/VBN/3/amod supplies/NOUN/NNS/0/root",
			"Iraq>2:nsubj reduced>0:root supplies>2:obj"},
		{"a gerund after a verb without a complement completes it",
			"troops/NOUN/NNS/2/nsubj resumed/VERB/VBD/0/root shelling/VERB/VBG/6/csubj towns/NOUN/NNS/3/obj talks/NOUN/NNS/6/nsubj stalled/VERB/VBD/2/conj",
			"troops>2:nsubj resumed>0:root shelling>2:xcomp towns>3:obj talks>6:nsubj stalled>2:conj"},
		{"a gerund that is a subject stays",
			"the/DET/DT/2/det talks/NOUN/NNS/3/nsubj said/VERB/VBD/0/root shelling/VERB/VBG/5/csubj stopped/VERB/VBD/3/ccomp",
			"the>2:det talks>3:nsubj said>0:root shelling>5:csubj stopped>3:ccomp"},
		{"an adjective made a clause before its noun",
			"Syrian/ADJ/JJ/7/ccomp jets/NOUN/NNS/3/nsubj struck/VERB/VBD/1/conj towns/NOUN/NNS/3/obj ,/PUNCT/,/3/punct officials/NOUN/NNS/7/nsubj said/VERB/VBD/0/root",
			"Syrian>2:amod jets>3:nsubj struck>7:ccomp towns>3:obj ,>3:punct officials>7:nsubj said>0:root"},
		{"a predicative adjective stays",
			"talks/NOUN/NNS/2/nsubj seemed/VERB/VBD/0/root likely/ADJ/JJ/2/xcomp ,/PUNCT/,/6/punct officials/NOUN/NNS/6/nsubj said/VERB/VBD/2/parataxis",
			"talks>2:nsubj seemed>0:root likely>2:xcomp ,>6:punct officials>6:nsubj said>2:parataxis"},
		{"a participle after a determiner stays",
			"the/DET/DT/3/det released/VERB/VBD/3/amod prisoners/NOUN/NNS/0/root",
			"the>3:det released>3:amod prisoners>0:root"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := conll(t, tt.in)
			before := heads(in)
			out := repairVerbs(in)
			if got := heads(out); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if heads(in) != before {
				t.Errorf("the caller's sentence was changed")
			}
		})
	}
}
