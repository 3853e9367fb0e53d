package token

import "strings"

// prefixes keep their hyphen: EWT writes non-stop, e-mail, co-founder,
// pre-war, anti-American, mid-July as one token.
var prefixes = []string{
	"e", "non", "pre", "anti", "re", "mid", "post", "over", "co", "multi", "pro", "ex",
	"sub", "semi", "neo", "cross", "counter", "socio", "psycho", "micro", "macro",
	"intra", "inter", "extra", "ultra", "super", "mega", "mini", "un", "arch", "trans",
	"bi", "tri", "pan", "hyper",
}

func isPrefix(w string) bool {
	if len(w) > 7 {
		return false
	}
	for _, p := range prefixes {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// articles are the Arabic article and the name particles that start a name
// joined by a hyphen: al-Maliki, el-Sisi, bin-Laden, Abu-Ghraib. They keep
// the name one token, so that actor dictionaries find it.
var (
	articles = []string{"al", "el"}
	// These need a capital after the hyphen: as-Sadr, but not "as-is".
	capitalArticles = []string{"ad", "an", "ar", "as", "ash", "at", "az", "ath", "adh",
		"bin", "ibn", "bint", "abu", "abd", "abdel", "abdul", "umm", "ben", "bani", "beni"}
)

// isArticle reports whether seg, the part of the word before a hyphen,
// is a name particle; next is the rune after the hyphen.
func isArticle(seg string, next rune) bool {
	if len(seg) > 5 {
		return false
	}
	for _, a := range articles {
		if strings.EqualFold(seg, a) {
			return true
		}
	}
	if next < 'A' || next > 'Z' {
		return false
	}
	for _, a := range capitalArticles {
		if strings.EqualFold(seg, a) {
			return true
		}
	}
	return false
}

// contractions written without an apostrophe, and where EWT splits them.
var contractions = map[string]int{
	"gonna": 3, "wanna": 3, "gotta": 3, "outta": 3, "lotta": 3, "cannot": 3,
	"dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3, "werent": 4, "arent": 3,
	"cant": 2, "couldnt": 5, "wouldnt": 5, "shouldnt": 6, "hasnt": 3, "havent": 4, "hadnt": 3,
	"aint": 2, "wont": 2, "youre": 3, "theyre": 4, "im": 1,
}

// contraction returns where to split w when it is a contraction written
// without an apostrophe (gon|na, can|not, do|nt), or 0.
func contraction(w string) int {
	if len(w) < 2 || len(w) > 8 {
		return 0
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			return 0
		}
		buf[i] = c
	}
	return contractions[string(buf[:len(w)])]
}
