package actor_test

import (
	"strings"

	"github.com/dyadproject/dyad"
	"testing"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
	"github.com/dyadproject/dyad/ptb"
	"github.com/dyadproject/dyad/tree"
)

const actors = `IRAQ [IRQ]
+IRAQI
SYRIA [SYR]
+SYRIAN
US [USA]
DENMARK [DNK]
+DANISH
MEHDI_ARMY [IRQUAFSHI]
WHITE_HOUSE [USAGOV]
SAM_EXAMPLE
	[IRQGOV 20060101-20101231]
	[IRQELI]
`

const agents = `POLICE {} [~COP]
REBEL [~REB]
GOVERNMENT [~GOV]
MEDIA {} [~MED]
MILITIA {MILITIAS} [~UAF]
SECURITY_OFFICIALS [~GOV]
MSF {} [NGO~]
AMBASSADOR [~GOV]
`

func finder(t *testing.T) *actor.Finder {
	t.Helper()
	set := dict.NewSet()
	if errs := petrarch.ReadActors(set.Actors, "actors", actors); len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := petrarch.ReadAgents(set.Agents, "agents", agents); len(errs) > 0 {
		t.Fatal(errs)
	}
	return &actor.Finder{Actors: set.Actors, Agents: set.Agents}
}

// codes lists each mention's codes, mentions separated by "|".
func codes(ms []*actor.Mention) string {
	var parts []string
	for _, m := range ms {
		if m.Coded() {
			parts = append(parts, strings.Join(m.Codes(), "+"))
		}
	}
	return strings.Join(parts, " | ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, parse string
		date        int32
		want        string
	}{
		{"country adjective and agent", "(NP (JJ Iraqi) (NNS police))", 20070101, "IRQCOP"},
		{"agent from a simple attached phrase", "(NP (NP (NNS rebels)) (PP (IN from) (NP (NNP Syria))))", 20070101, "SYRREB"},
		{"agents attach to each conjunct of an attached coordination",
			"(NP (NP (DT the) (NNS ambassadors)) (PP (IN of) (NP (NNP Iraq) (CC and) (NNP Syria))))", 20070101, "IRQGOV+SYRGOV"},
		{"coordinated country adjectives", "(NP (ADJP (JJ Iraqi) (CC and) (JJ Syrian)) (NNS police))", 20070101, "IRQCOP+SYRCOP"},
		{"compound of actors", "(NP (NNP Iraq) (CC and) (NNP Syria))", 20070101, "IRQ+SYR"},
		{"a country adjective is shared by the conjuncts", "(NP (JJ Danish) (NNS media) (CC and) (NN government))", 20070101, "DNKMED+DNKGOV"},
		{"a conjunct that names no role takes no actor", "(NP (JJ Danish) (NNS media) (CC and) (NNS comments))", 20070101, "DNKMED"},
		{"a conjunct's own actor is not shared", "(NP (NNP Iraq) (CC and) (DT the) (NN government))", 20070101, "IRQ+---GOV"},
		{"role already in the code is not repeated", "(NP (DT the) (NNP White) (NNP House) (NN security) (NNS officials))", 20070101, "USAGOV"},
		{"role segment inside the code is not repeated", "(NP (DT the) (NNP Mehdi) (NNP Army) (NN militia))", 20070101, "IRQUAFSHI"},
		{"prefix agent", "(NP (NNP MSF) (NNP Syria))", 20070101, "NGOSYR"},
		{"agent without a country", "(NP (DT the) (NN government))", 20070101, "---GOV"},
		{"the same role twice without a country", "(NP (DT the) (NN government) (NN government))", 20070101, "---GOV"},
		{"dated code in force", "(NP (NNP Sam) (NNP Example))", 20070101, "IRQGOV"},
		{"default code out of office", "(NP (NNP Sam) (NNP Example))", 20120101, "IRQELI"},
		{"former office holder", "(NP (JJ former) (NNP Iraqi) (NNS police))", 20070101, "IRQELI"},
		{"an acronym tagged as a name", "(NP (NNP US) (NNS police))", 20070101, "USACOP"},
		{"a pronoun is not a name", "(NP (NP (PRP us)) (CC and) (NP (NNS police)))", 20070101, "---COP"},
		{"unrelated phrases stay apart", "(NP (NP (DT an) (NN attack)) (PP (IN on) (NP (NNP Syria))))", 20070101, "SYR"},
	}
	f := finder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := ptb.Parse("(ROOT (S " + tt.parse + " (VP (VBD spoke))))")
			if err != nil {
				t.Fatal(err)
			}
			var words []string
			for _, l := range n.Leaves() {
				words = append(words, l.Word)
			}
			s := ptb.ToSentence(n, strings.Join(words, " "), 0)
			got := codes(f.Find(tree.New(s), dyad.Date(tt.date), nil))
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
