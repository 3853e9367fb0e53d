package dyad

import "strings"

// ActorNames names actor codes for people who read them: IRN is "Iran",
// IRNMIL "Iran military". It maps codes to the names a dictionary gives
// them; Name composes the names of longer codes from their parts.
type ActorNames map[string]string

// Name returns a name for code, or "" when it knows none. A code that is a
// named actor followed by role segments (IRN + MIL) is named by its parts,
// since the code means the role in general, even where a dictionary names
// one actor that carries it (a capital for a government, one party for a
// country's parties); any other code with a name of its own is named so
// (IGOUNOSEC, "UN Security Council"); failing that, a code is named by its
// longest named beginning and its remaining segments, roles by their name
// and others as they are.
func (n ActorNames) Name(code string) string {
	if code == "" {
		return ""
	}
	prefix, rest := n.longestNamed(code)
	if prefix != "" && allRoles(rest) {
		return n[prefix] + " " + roleWords(rest)
	}
	if name, ok := n[code]; ok {
		return name
	}
	if prefix == "" {
		return ""
	}
	return n[prefix] + " " + roleWords(rest)
}

// longestNamed returns the longest beginning of code shorter than code,
// at a segment boundary (every three letters), that has a name, and the
// rest of code.
func (n ActorNames) longestNamed(code string) (prefix, rest string) {
	end := len(code) - len(code)%3
	if end == len(code) {
		end -= 3
	}
	for ; end >= 3; end -= 3 {
		if _, ok := n[code[:end]]; ok {
			return code[:end], code[end:]
		}
	}
	return "", code
}

// Roles are the role segments of CAMEO actor codes that follow the country
// or organisation (see docs/dictionaries.md), with a word for each.
var Roles = map[string]string{
	"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
	"SPY": "intelligence", "REB": "rebels", "INS": "insurgents", "SEP": "separatists", "UAF": "militias",
	"OPP": "opposition", "PTY": "party", "ELI": "elites", "MED": "media", "EDU": "education",
	"BUS": "business", "CRM": "criminals", "CVL": "civilians", "REF": "refugees", "HLH": "health",
	"HRI": "human rights", "LAB": "labour", "AGR": "agriculture", "ENV": "environment", "REL": "religion",
	"CHR": "Christian", "MOS": "Muslim", "SHI": "Shia", "SUN": "Sunni", "JEW": "Jewish", "BUD": "Buddhist",
	"HIN": "Hindu", "MOD": "moderate", "RAD": "radical",
}

func allRoles(segments string) bool {
	if segments == "" || len(segments)%3 != 0 {
		return false
	}
	for i := 0; i < len(segments); i += 3 {
		if _, ok := Roles[segments[i:i+3]]; !ok {
			return false
		}
	}
	return true
}

// roleWords names each three-letter segment of s, by its role name or as
// it is.
func roleWords(s string) string {
	var words []string
	for len(s) >= 3 {
		w, ok := Roles[s[:3]]
		if !ok {
			w = s[:3]
		}
		words = append(words, w)
		s = s[3:]
	}
	if s != "" {
		words = append(words, s)
	}
	return strings.Join(words, " ")
}
