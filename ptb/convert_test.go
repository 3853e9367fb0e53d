package ptb_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/ptb"
)

// arc is a dependency to check: the dependent word, its relation and its
// head word ("ROOT" for the root). A word that occurs twice is written
// "word#2" for its second occurrence.
type arc struct {
	dep, rel, head string
}

func TestToSentenceRelations(t *testing.T) {
	tests := []struct {
		name  string
		parse string
		arcs  []arc
	}{
		{
			name:  "subject and object",
			parse: "(ROOT (S (NP (NNP Syldavia)) (VP (VBD shelled) (NP (DT the) (NN port))) (. .)))",
			arcs:  []arc{{"Syldavia", "nsubj", "shelled"}, {"shelled", "root", "ROOT"}, {"port", "obj", "shelled"}, {"the", "det", "port"}, {".", "punct", "shelled"}},
		},
		{
			name:  "auxiliaries",
			parse: "(ROOT (S (NP (NNP Syldavia)) (VP (MD will) (VP (VB have) (VP (VBN left)))) (. .)))",
			arcs:  []arc{{"will", "aux", "left"}, {"have", "aux", "left"}, {"Syldavia", "nsubj", "left"}, {"left", "root", "ROOT"}},
		},
		{
			name:  "progressive is not passive",
			parse: "(ROOT (S (NP (NNS troops)) (VP (VBP are) (VP (VBG advancing)))))",
			arcs:  []arc{{"are", "aux", "advancing"}, {"troops", "nsubj", "advancing"}},
		},
		{
			name:  "perfect is not passive",
			parse: "(ROOT (S (NP (NNS troops)) (VP (VBP have) (VP (VBN attacked) (NP (NNP Klow))))))",
			arcs:  []arc{{"have", "aux", "attacked"}, {"troops", "nsubj", "attacked"}, {"Klow", "obj", "attacked"}},
		},
		{
			name:  "passive with agent",
			parse: "(ROOT (S (NP (NNP Klow)) (VP (VBD was) (VP (VBN shelled) (PP (IN by) (NP (NNS rebels)))))))",
			arcs:  []arc{{"Klow", "nsubj:pass", "shelled"}, {"was", "aux:pass", "shelled"}, {"rebels", "obl:agent", "shelled"}, {"by", "case", "rebels"}},
		},
		{
			name:  "passive with other preposition",
			parse: "(ROOT (S (NP (NNP Klow)) (VP (VBD was) (VP (VBN shelled) (PP (IN from) (NP (NN sea)))))))",
			arcs:  []arc{{"sea", "obl", "shelled"}, {"from", "case", "sea"}},
		},
		{
			name:  "get passive",
			parse: "(ROOT (S (NP (NNS envoys)) (VP (VBD got) (VP (VBN expelled)))))",
			arcs:  []arc{{"got", "aux:pass", "expelled"}, {"envoys", "nsubj:pass", "expelled"}},
		},
		{
			name:  "copula with adjective",
			parse: "(ROOT (S (NP (NNP Borduria)) (VP (VBZ is) (ADJP (JJ hostile)))))",
			arcs:  []arc{{"is", "cop", "hostile"}, {"Borduria", "nsubj", "hostile"}, {"hostile", "root", "ROOT"}},
		},
		{
			name:  "copula with noun",
			parse: "(ROOT (S (NP (PRP He)) (VP (VBD was) (NP (DT a) (NN general)))))",
			arcs:  []arc{{"was", "cop", "general"}, {"He", "nsubj", "general"}, {"a", "det", "general"}},
		},
		{
			name:  "copula with prepositional phrase",
			parse: "(ROOT (S (NP (NNS talks)) (VP (VBP are) (PP (IN in) (NP (NNP Klow))))))",
			arcs:  []arc{{"are", "cop", "Klow"}, {"in", "case", "Klow"}, {"talks", "nsubj", "Klow"}},
		},
		{
			name:  "copula with a temporal noun phrase stays the head",
			parse: "(ROOT (S (NP (NNS talks)) (VP (VBP are) (NP-TMP (NN today)))))",
			arcs:  []arc{{"are", "root", "ROOT"}, {"today", "obl:tmod", "are"}},
		},
		{
			name:  "noun coordination",
			parse: "(ROOT (S (NP (NNP Syldavia) (CC and) (NNP Borduria)) (VP (VBD met))))",
			arcs:  []arc{{"Syldavia", "nsubj", "met"}, {"Borduria", "conj", "Syldavia"}, {"and", "cc", "Borduria"}},
		},
		{
			name:  "coordinated noun phrases with commas",
			parse: "(ROOT (S (NP (NP (NNP Syldavia)) (, ,) (NP (NNP Borduria)) (, ,) (CC and) (NP (NNP Klow))) (VP (VBD met))))",
			arcs:  []arc{{"Borduria", "conj", "Syldavia"}, {"Klow", "conj", "Syldavia"}, {",", "punct", "Borduria"}, {",#2", "punct", "Klow"}, {"and", "cc", "Klow"}},
		},
		{
			name:  "verb coordination",
			parse: "(ROOT (S (NP (NNS rebels)) (VP (VP (VBD seized) (NP (NNS towns))) (CC but) (VP (VBD lost) (NP (NNS men))))))",
			arcs:  []arc{{"seized", "root", "ROOT"}, {"lost", "conj", "seized"}, {"but", "cc", "lost"}, {"rebels", "nsubj", "seized"}, {"men", "obj", "lost"}},
		},
		{
			name:  "coordination with a preconjunct",
			parse: "(ROOT (S (NP (DT both) (NNP Syldavia) (CC and) (NNP Borduria)) (VP (VBD objected))))",
			arcs:  []arc{{"Borduria", "conj", "Syldavia"}, {"and", "cc", "Borduria"}, {"Syldavia", "nsubj", "objected"}},
		},
		{
			name:  "trailing CC is not a coordination",
			parse: "(ROOT (S (NP (NNS talks)) (VP (VBD ended)) (CC and)))",
			arcs:  []arc{{"and", "cc", "ended"}},
		},
		{
			name:  "possessive noun",
			parse: "(ROOT (S (NP (NP (NNP Borduria) (POS 's)) (NN army)) (VP (VBD moved))))",
			arcs:  []arc{{"Borduria", "nmod:poss", "army"}, {"'s", "case", "Borduria"}, {"army", "nsubj", "moved"}},
		},
		{
			name:  "possessive pronoun",
			parse: "(ROOT (S (NP (PRP$ its) (NN army)) (VP (VBD moved))))",
			arcs:  []arc{{"its", "nmod:poss", "army"}},
		},
		{
			name:  "prepositional phrases on nouns and verbs",
			parse: "(ROOT (S (NP (NP (NNS talks)) (PP (IN with) (NP (NNP Borduria)))) (VP (VBD ended) (PP (IN in) (NP (NNP Klow))))))",
			arcs:  []arc{{"Borduria", "nmod", "talks"}, {"with", "case", "Borduria"}, {"Klow", "obl", "ended"}, {"in", "case", "Klow"}},
		},
		{
			name:  "relative clause with a subject gap",
			parse: "(ROOT (S (NP (NP (NNS rebels)) (SBAR (WHNP (WP who)) (S (VP (VBD fled))))) (VP (VBD surrendered))))",
			arcs:  []arc{{"fled", "acl:relcl", "rebels"}, {"who", "nsubj", "fled"}, {"rebels", "nsubj", "surrendered"}},
		},
		{
			name:  "relative clause with an object gap",
			parse: "(ROOT (S (NP (NP (DT the) (NN town)) (SBAR (WHNP (WDT which)) (S (NP (NNS rebels)) (VP (VBD held))))) (VP (VBD fell))))",
			arcs:  []arc{{"held", "acl:relcl", "town"}, {"which", "obj", "held"}, {"rebels", "nsubj", "held"}},
		},
		{
			name:  "infinitival complement",
			parse: "(ROOT (S (NP (NNP Syldavia)) (VP (VBD vowed) (S (VP (TO to) (VP (VB retaliate)))))))",
			arcs:  []arc{{"retaliate", "xcomp", "vowed"}, {"to", "mark", "retaliate"}},
		},
		{
			name:  "participial adjunct",
			parse: "(ROOT (S (NP (NNP Syldavia)) (VP (VBD protested) (, ,) (S (VP (VBG citing) (NP (NNS incursions)))))))",
			arcs:  []arc{{"citing", "advcl", "protested"}, {"incursions", "obj", "citing"}},
		},
		{
			name:  "fronted participial clause",
			parse: "(ROOT (S (S (VP (VBN Angered) (PP (IN by) (NP (DT the) (NN raid))))) (, ,) (NP (NNP Syldavia)) (VP (VBD protested))))",
			arcs:  []arc{{"Angered", "advcl", "protested"}, {"Syldavia", "nsubj", "protested"}},
		},
		{
			name:  "reduced relative",
			parse: "(ROOT (S (NP (NP (NNS troops)) (VP (VBN based) (PP (IN in) (NP (NNP Klow))))) (VP (VBD withdrew))))",
			arcs:  []arc{{"based", "acl", "troops"}, {"troops", "nsubj", "withdrew"}},
		},
		{
			name:  "clausal complement with that",
			parse: "(ROOT (S (NP (NNP Borduria)) (VP (VBD said) (SBAR (IN that) (S (NP (NNS talks)) (VP (VBD failed)))))))",
			arcs:  []arc{{"failed", "ccomp", "said"}, {"that", "mark", "failed"}, {"talks", "nsubj", "failed"}},
		},
		{
			name:  "adverbial clause",
			parse: "(ROOT (S (NP (NNS troops)) (VP (VBD left) (SBAR (IN after) (S (NP (NNS talks)) (VP (VBD failed)))))))",
			arcs:  []arc{{"failed", "advcl", "left"}, {"after", "mark", "failed"}},
		},
		{
			name:  "double object",
			parse: "(ROOT (S (NP (NNP Syldavia)) (VP (VBD sent) (NP (NNP Borduria)) (NP (NN aid)))))",
			arcs:  []arc{{"Borduria", "iobj", "sent"}, {"aid", "obj", "sent"}},
		},
		{
			name:  "phrasal verb",
			parse: "(ROOT (S (NP (NNS rebels)) (VP (VBD called) (PRT (RP off)) (NP (DT the) (NN truce)))))",
			arcs:  []arc{{"off", "compound:prt", "called"}, {"truce", "obj", "called"}},
		},
		{
			name:  "negation and modal",
			parse: "(ROOT (S (NP (NNP Syldavia)) (VP (MD would) (RB not) (VP (VB attend)))))",
			arcs:  []arc{{"would", "aux", "attend"}, {"not", "advmod", "attend"}},
		},
		{
			name:  "expletive",
			parse: "(ROOT (S (NP (EX There)) (VP (VBD was) (NP (NN fighting)))))",
			arcs:  []arc{{"There", "expl", "fighting"}},
		},
		{
			name:  "compound nouns and numbers",
			parse: "(ROOT (NP (CD two) (NN border) (NNS guards)))",
			arcs:  []arc{{"two", "nummod", "guards"}, {"border", "compound", "guards"}, {"guards", "root", "ROOT"}},
		},
		{
			name:  "apposition",
			parse: "(ROOT (S (NP (NP (NNP Muskar)) (, ,) (NP (DT the) (NN king)) (, ,)) (VP (VBD spoke))))",
			arcs:  []arc{{"king", "appos", "Muskar"}, {"Muskar", "nsubj", "spoke"}},
		},
		{
			name:  "question",
			parse: "(ROOT (SQ (VBD Did) (NP (NNP Syldavia)) (VP (VB attack)) (. ?)))",
			arcs:  []arc{{"attack", "root", "ROOT"}, {"Syldavia", "nsubj", "attack"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tree, err := ptb.Parse(tt.parse)
			if err != nil {
				t.Fatal(err)
			}
			var ws []string
			for _, l := range tree.Leaves() {
				ws = append(ws, l.Word)
			}
			text := strings.Join(ws, " ")
			s := ptb.ToSentence(tree, text, 0)
			checkSentence(t, s, text)
			index := func(w string) int {
				nth := 1
				if i := strings.LastIndexByte(w, '#'); i > 0 {
					nth = int(w[i+1] - '0')
					w = w[:i]
				}
				for i, tok := range s.Tokens {
					if tok.Text == w {
						if nth--; nth == 0 {
							return i
						}
					}
				}
				t.Fatalf("no token %q", w)
				return -1
			}
			for _, a := range tt.arcs {
				d := s.Tokens[index(a.dep)]
				head := "ROOT"
				if d.Head >= 0 {
					head = s.Tokens[d.Head].Text
				}
				if d.Rel != a.rel || head != strings.Split(a.head, "#")[0] {
					t.Errorf("%s: %s <- %s, want %s <- %s", a.dep, d.Rel, head, a.rel, a.head)
				}
			}
		})
	}
}
