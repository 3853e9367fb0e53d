package dict_test

import (
	"slices"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SOLDIER", "SOLDIERS"},
		{"MILITIA", "MILITIAS"},
		{"PARTY", "PARTIES"},
		{"ENVOY", "ENVOYS"},
		{"BOSS", "BOSSES"},
		{"TAX", "TAXES"},
		{"WALTZ", "WALTZES"},
		{"CHURCH", "CHURCHES"},
		{"MARSH", "MARSHES"},
		{"Y", "YS"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := dict.Plural(tt.in); got != tt.want {
				t.Errorf("Plural(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestPluralPhrase(t *testing.T) {
	p := dict.ParsePhrase("DEFENSE MINISTRY", true)
	q := dict.PluralPhrase(p)
	if want := []string{"DEFENSE", "MINISTRIES"}; !slices.Equal(q.Words, want) || !slices.Equal(q.Gap, p.Gap) {
		t.Errorf("PluralPhrase = %v %v, want %v %v", q.Words, q.Gap, want, p.Gap)
	}
	if p.Words[1] != "MINISTRY" {
		t.Error("PluralPhrase changed its argument")
	}
	if e := dict.PluralPhrase(dict.Phrase{}); len(e.Words) != 0 {
		t.Error("empty phrase grew words")
	}
}

func TestCodeOn(t *testing.T) {
	// A leader who held office twice, with a default for other days.
	leader := &dict.Actor{Name: "OTTOKAR_MUSKAR", Codes: []dict.DatedCode{
		{Code: "SYLGOV", From: 20010115, To: 20041231},
		{Code: "SYLOPP", From: 20050101, To: 20080630},
		{Code: "SYLGOV", From: 20080701},
		{Code: "SYLELI"},
	}}
	early := &dict.Actor{Name: "OLD_SYLDAVIA", Codes: []dict.DatedCode{
		{Code: "SYLROY", To: 19190310},
	}}
	overlap := &dict.Actor{Name: "OVERLAP", Codes: []dict.DatedCode{
		{Code: "FIRST", From: 20000101, To: 20001231},
		{Code: "SECOND", From: 20000601, To: 20011231},
	}}
	tests := []struct {
		name  string
		actor *dict.Actor
		date  dyad.Date
		want  string
	}{
		{"before every range: default", leader, 19991231, "SYLELI"},
		{"first day inclusive", leader, 20010115, "SYLGOV"},
		{"last day inclusive", leader, 20041231, "SYLGOV"},
		{"second range", leader, 20060301, "SYLOPP"},
		{"open-ended range", leader, 20230101, "SYLGOV"},
		{"unknown date: default", leader, 0, "SYLELI"},
		{"before-limit covers", early, 19000101, "SYLROY"},
		{"before-limit inclusive", early, 19190310, "SYLROY"},
		{"after the limit, no default", early, 19190311, ""},
		{"unknown date, no default", early, 0, ""},
		{"overlap: first in file order", overlap, 20000701, "FIRST"},
		{"overlap: only second", overlap, 20010701, "SECOND"},
		{"no codes", &dict.Actor{}, 20000101, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.actor.CodeOn(tt.date); got != tt.want {
				t.Errorf("CodeOn(%v) = %q, want %q", tt.date, got, tt.want)
			}
		})
	}
}

func TestDatedCode(t *testing.T) {
	if !(dict.DatedCode{Code: "X"}).Undated() {
		t.Error("code without dates not undated")
	}
	if (dict.DatedCode{Code: "X", From: 20000101}).Undated() {
		t.Error("code with From undated")
	}
	c := dict.DatedCode{From: 20000101, To: 20000131}
	for d, want := range map[dyad.Date]bool{19991231: false, 20000101: true, 20000115: true, 20000131: true, 20000201: false} {
		if c.Covers(d) != want {
			t.Errorf("Covers(%v) = %v", d, !want)
		}
	}
}

func TestActorsAddKeepsFirst(t *testing.T) {
	var as dict.Actors
	a := &dict.Actor{Name: "SYLDAVIA", Codes: []dict.DatedCode{{Code: "SYL"}}}
	b := &dict.Actor{Name: "SYLDAVIA_REPUBLIC", Codes: []dict.DatedCode{{Code: "ZMR"}}}
	if dups := as.Add(a, dict.ParsePhrase("SYLDAVIA", true), dict.ParsePhrase("SYLDAVIAN_STATE", true)); dups != nil {
		t.Fatalf("unexpected duplicates %v", dups)
	}
	dups := as.Add(b, dict.ParsePhrase("SYLDAVIA_REPUBLIC", true), dict.ParsePhrase("SYLDAVIA", true))
	if len(dups) != 1 || dups[0].String() != "SYLDAVIA" {
		t.Errorf("dups = %v, want [SYLDAVIA]", dups)
	}
	if len(as.Entries) != 2 {
		t.Errorf("Entries = %d, want 2", len(as.Entries))
	}
	if v, _, _ := as.Match([]string{"SYLDAVIA"}, 0, 1); v != a {
		t.Errorf("SYLDAVIA → %v, want the first entry", v.Name)
	}
	if v, _, _ := as.Match([]string{"SYLDAVIAN", "STATE"}, 0, 2); v != a {
		t.Error("synonym not stored")
	}
}

func TestAgentsAdd(t *testing.T) {
	var as dict.Agents
	cop := &dict.Agent{Name: "CONSTABLE", Code: "COP"}
	as.Add(cop, dict.ParsePhrase("CONSTABLE", true), dict.ParsePhrase("CONSTABLES", true))
	if dups := as.Add(&dict.Agent{Name: "X", Code: "X"}, dict.ParsePhrase("CONSTABLES", true)); len(dups) != 1 {
		t.Errorf("dups = %v", dups)
	}
	if v, end, ok := as.Match([]string{"CONSTABLES"}, 0, 1); !ok || v != cop || end != 1 {
		t.Error("plural not found")
	}
}
