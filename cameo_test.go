package dyad_test

import (
	"testing"

	"github.com/dyadproject/dyad"
)

func TestEventCodes(t *testing.T) {
	codes := dyad.EventCodes()
	if len(codes) != 311 {
		t.Fatalf("have %d CAMEO codes, want 311", len(codes))
	}
	roots := 0
	for _, c := range codes {
		if len(c.Code) == 2 {
			roots++
		}
		if c.Root != c.Code[:2] {
			t.Errorf("%s: root %s", c.Code, c.Root)
		}
		if c.Goldstein < -10 || c.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", c.Code, c.Goldstein)
		}
		if (c.PLOVER == "") != (c.Root == "01") {
			t.Errorf("%s: PLOVER %q", c.Code, c.PLOVER)
		}
	}
	if roots != 20 {
		t.Errorf("have %d roots, want 20", roots)
	}
}

func TestLookupCode(t *testing.T) {
	tests := []struct {
		code      string
		quad      dyad.QuadClass
		goldstein float64
		plover    string
	}{
		{"010", dyad.VerbalCooperation, 0, ""},
		{"020", dyad.VerbalCooperation, 3, "REQUEST"},
		{"046", dyad.VerbalCooperation, 7, "CONSULT"},
		{"0841", dyad.MaterialCooperation, 7, "RETREAT"},
		{"112", dyad.VerbalConflict, -2, "ACCUSE"},
		{"163", dyad.MaterialConflict, -8, "COERCE"},
		{"190", dyad.MaterialConflict, -10, "ASSAULT"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			c, ok := dyad.LookupCode(tt.code)
			if !ok {
				t.Fatal("not found")
			}
			if c.Quad != tt.quad || c.Goldstein != tt.goldstein || c.PLOVER != tt.plover {
				t.Errorf("got %+v", c)
			}
		})
	}
	if _, ok := dyad.LookupCode("999"); ok {
		t.Error("999 found")
	}
}
