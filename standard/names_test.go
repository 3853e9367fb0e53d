package standard

import "testing"

func TestBuiltinActorNames(t *testing.T) {
	names, err := BuiltinActorNames()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ code, want string }{
		{"USA", "United States"},
		{"IRN", "Iran"},
		{"SYR", "Syria"}, // not a territory listed elsewhere with its code
		{"IRQ", "Iraq"},
		{"IRNGOV", "Iran government"},
		{"USAMIL", "United States military"},
		{"IGOUNO", "United Nations"},
	}
	for _, tt := range tests {
		if got := names.Name(tt.code); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
	if len(names) < 200 {
		t.Errorf("%d names: the built-in dictionaries name at least every country", len(names))
	}
}
