package dyad

import "testing"

func TestActorNamesName(t *testing.T) {
	names := ActorNames{
		"IRN":       "Iran",
		"IRNGOV":    "Tehran", // a capital standing for the government
		"IGOUNO":    "United Nations",
		"IGOUNOSEC": "UN Security Council",
		"IRQ":       "Iraq",
		"IRQUAFSHI": "Mehdi Army",
	}
	tests := []struct {
		name, code, want string
	}{
		{"country", "IRN", "Iran"},
		{"country and role, named by its parts", "IRNGOV", "Iran government"},
		{"country and a role without an entry", "IRNMIL", "Iran military"},
		{"two roles", "IRQUAFSHI", "Iraq militias Shia"},
		{"organisation", "IGOUNO", "United Nations"},
		{"body with its own name", "IGOUNOSEC", "UN Security Council"},
		{"body without one", "IGOUNOXYZ", "United Nations XYZ"},
		{"organisation and role", "IGOUNOREF", "United Nations refugees"},
		{"unknown", "ZZZ", ""},
		{"unknown with a role", "ZZZGOV", ""},
		{"empty", "", ""},
		{"not a whole segment", "IRNGO", "Iran GO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := names.Name(tt.code); got != tt.want {
				t.Errorf("Name(%q) = %q, want %q", tt.code, got, tt.want)
			}
		})
	}
}
