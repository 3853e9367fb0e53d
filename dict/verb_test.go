package dict_test

import (
	"slices"
	"testing"

	"github.com/dyadproject/dyad/dict"
)

func TestVerbForms(t *testing.T) {
	tests := []struct {
		name, base string
		want       []string
	}{
		{"regular", "ATTACK", []string{"ATTACK", "ATTACKS", "ATTACKED", "ATTACKING"}},
		{"final e", "SEIZE", []string{"SEIZE", "SEIZES", "SEIZED", "SEIZING"}},
		{"final ee", "AGREE", []string{"AGREE", "AGREES", "AGREED", "AGREEING"}},
		{"consonant y", "CARRY", []string{"CARRY", "CARRIES", "CARRIED", "CARRYING"}},
		{"vowel y", "PLAY", []string{"PLAY", "PLAYS", "PLAYED", "PLAYING"}},
		{"sibilant s", "PRESS", []string{"PRESS", "PRESSES", "PRESSED", "PRESSING"}},
		{"sibilant sh", "PUSH", []string{"PUSH", "PUSHES", "PUSHED", "PUSHING"}},
		{"sibilant ch", "REACH", []string{"REACH", "REACHES", "REACHED", "REACHING"}},
		{"x not doubled", "FIX", []string{"FIX", "FIXES", "FIXED", "FIXING"}},
		{"w not doubled", "VOW", []string{"VOW", "VOWS", "VOWED", "VOWING"}},
		{"cvc doubled too", "ROB", []string{"ROB", "ROBS", "ROBED", "ROBING", "ROBBED", "ROBBING"}},
		{"one letter", "E", []string{"E", "ES", "ED", "ING"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dict.VerbForms(tt.base)
			if !slices.Equal(got, tt.want) {
				t.Errorf("VerbForms(%q) = %v, want %v", tt.base, got, tt.want)
			}
		})
	}
}

func TestEventCode(t *testing.T) {
	tests := []struct {
		name string
		code dict.EventCode
		str  string
		zero bool
	}{
		{"plain", dict.EventCode{Code: "042"}, "042", false},
		{"with reverse", dict.EventCode{Code: "032", Reverse: "033"}, "032:033", false},
		{"null", dict.EventCode{Null: true}, "---", false},
		{"zero", dict.EventCode{}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if s := tt.code.String(); s != tt.str {
				t.Errorf("String = %q, want %q", s, tt.str)
			}
			if z := tt.code.IsZero(); z != tt.zero {
				t.Errorf("IsZero = %v, want %v", z, tt.zero)
			}
		})
	}
}

func TestVerbEventCodeFallsBackToBlock(t *testing.T) {
	b := &dict.Block{Name: "DENOUNCE", Code: dict.EventCode{Code: "111"}}
	own := &dict.Verb{Block: b, Code: dict.EventCode{Code: "112"}}
	plain := &dict.Verb{Block: b}
	if c := own.EventCode(); c.Code != "112" {
		t.Errorf("verb's own code lost: %v", c)
	}
	if c := plain.EventCode(); c.Code != "111" {
		t.Errorf("block code not used: %v", c)
	}
}

func TestVerbsSortAndLookup(t *testing.T) {
	vs := &dict.Verbs{}
	b := &dict.Block{Name: "CUT"}
	short := &dict.Pattern{Text: "short", Lower: []dict.Elem{{Kind: dict.ElemTarget}}}
	long1 := &dict.Pattern{Text: "long1", Upper: []dict.Elem{{Kind: dict.ElemSource}}, Lower: []dict.Elem{{Kind: dict.ElemWord, Word: "TIES"}, {Kind: dict.ElemTarget}}}
	none := &dict.Pattern{Text: "none"}
	long2 := &dict.Pattern{Text: "long2", Lower: []dict.Elem{{Kind: dict.ElemWord, Word: "OFF"}, {Kind: dict.ElemWord, Word: "AID"}, {Kind: dict.ElemTarget}}}
	b.Patterns = []*dict.Pattern{short, long1, none, long2}
	vs.Blocks = append(vs.Blocks, b)

	single := &dict.Verb{Block: b, Name: "CUT", Word: "CUT", Forms: []string{"CUT", "CUTS", "CUTTING"}}
	multi := &dict.Verb{Block: b, Name: "CUT_OFF", Word: "CUT", After: []string{"OFF"}, Forms: []string{"CUT", "CUTS", "CUTTING"}}
	vs.AddVerb(single)
	vs.AddVerb(multi)
	vs.Sort()

	var order []string
	for _, p := range b.Patterns {
		order = append(order, p.Text)
	}
	if want := []string{"long1", "long2", "short", "none"}; !slices.Equal(order, want) {
		t.Errorf("pattern order %v, want %v (most specific first, stable)", order, want)
	}
	got := vs.Lookup("CUTTING")
	if len(got) != 2 || got[0] != multi || got[1] != single {
		t.Errorf("Lookup(CUTTING) = %v, want the multiword verb first", got)
	}
	if vs.Lookup("CUTTED") != nil {
		t.Error("unknown form found")
	}
	if vs.NumForms() != 3 {
		t.Errorf("NumForms = %d, want 3", vs.NumForms())
	}
}
