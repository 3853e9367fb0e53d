// Package abbrev knows the abbreviations of news English that end in a full
// stop (Mr., Gen., Jan., Inc., No. 5, U.S., p.m.). The tokenizer uses it to
// keep such a stop with its word, the sentence splitter to tell it from a
// full stop that ends a sentence. Both must agree, so the list lives here.
package abbrev

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says how an abbreviation behaves before the next word.
type Kind uint8

const (
	// None: not an abbreviation; a following stop is punctuation.
	None Kind = iota
	// Title stands before a name (Mr., Gen., Sen., St.) and so does not end
	// a sentence.
	Title
	// Numeral is an abbreviation only before a number (No. 5, pp. 12, Art. 3);
	// elsewhere the word is a word ("said no.").
	Numeral
	// Date is a month or weekday (Jan., Sept., Tues.), usually followed by a
	// day number.
	Date
	// Time is a.m. or p.m., which often end a sentence.
	Time
	// Initial is a single capital letter standing for a name (George W. Bush).
	Initial
	// Acronym is a dotted initialism (U.S., U.N., e.g., Ph.D.); its last
	// stop may also end the sentence.
	Acronym
	// Other abbreviations (Inc., Corp., Jr., etc., vs.) may end a sentence.
	Other
)

// Lookup returns the kind of word, the text before a full stop. A dotted word
// (U.S, p.m) is looked up by its last hyphen-separated part, so "non-U.S"
// is an acronym too.
func Lookup(word string) Kind {
	if i := strings.LastIndexByte(word, '-'); i >= 0 {
		word = word[i+1:]
	}
	if word == "" {
		return None
	}
	if k, ok := words[word]; ok {
		return k
	}
	r, n := utf8.DecodeRuneInString(word)
	if n == len(word) {
		if unicode.IsUpper(r) && r != 'I' {
			return Initial
		}
		return None
	}
	if isDotted(word) {
		switch word {
		case "a.m", "p.m", "A.M", "P.M":
			return Time
		}
		return Acronym
	}
	return None
}

// isDotted reports whether word is letters of one or two characters
// separated by single stops, like U.S, e.g, Ph.D or a.k.a: an initialism,
// not a domain name such as reuters.com.
func isDotted(word string) bool {
	parts, seg := 0, 0
	for _, r := range word {
		switch {
		case r == '.':
			if seg == 0 {
				return false
			}
			parts++
			seg = 0
		case unicode.IsLetter(r):
			seg++
			if seg > 2 {
				return false
			}
		default:
			return false
		}
	}
	return parts > 0 && seg > 0
}

var words = map[string]Kind{}

func init() {
	add := func(k Kind, list ...string) {
		for _, w := range list {
			words[w] = k
		}
	}
	add(Title,
		"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Gens", "Lt", "Col", "Cols", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Pfc", "Spc",
		"Adm", "Cmdr", "Cdr", "Brig", "Cmdt", "Lieut", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
		"Rev", "Fr", "Hon", "Rt", "Pres", "Supt", "Det", "Insp", "Msgr", "Amb", "Atty", "Asst",
		"Sec", "Treas", "Mt", "Ft", "St", "Ste", "Sts",
		"MR", "MRS", "DR", "GEN", "LT", "COL", "SGT", "SEN", "REP", "GOV", "PROF")
	add(Numeral, "No", "Nos", "no", "nos", "Nr", "nr", "Art", "Arts", "art", "Vol", "Vols", "vol",
		"p", "pp", "Fig", "Figs", "fig", "Ch", "Chap", "ch", "Para", "para", "Pt", "Op", "Tel", "tel",
		"Ext", "ext", "Rte", "NO")
	add(Date, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		"b", "d", "c", "fl") // born, died, circa, flourished
	add(Other,
		"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq", "Plc", "Mfg",
		"etc", "vs", "v", "viz", "cf", "al", "approx", "est", "ca", "Ca", "incl", "excl", "esp", "resp", "ibid", "Ret",
		"Dept", "dept", "Univ", "Assn", "Assoc", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Pkwy", "Ctr", "Bldg", "Apt",
		"Intl", "Natl", "Govt", "govt", "misc", "Attn", "attn", "Ref", "ref", "Dist", "Div",
		"ft", "lb", "lbs", "oz", "yr", "yrs", "hr", "hrs", "min", "mins", "secs", "mo", "mos", "wk", "wks", "sq", "mi",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "La", "Md",
		"Mich", "Minn", "Mont", "Neb", "Nebr", "Nev", "Okla", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wisc", "Wyo",
		"Mass", "Ill", "Ind", "Wash", "Ore", "Del", "Miss",
		"INC", "CORP", "CO", "LTD", "JR", "SR", "ETC", "VS")
}
