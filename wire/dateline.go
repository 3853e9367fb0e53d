package wire

import (
	"regexp"
	"strings"
)

// datelineRE matches the opening of a wire story: a place in capitals,
// perhaps a date, perhaps the agency in parentheses, and a dash:
// "BAGHDAD (Reuters) - ", "WASHINGTON, Nov 17 (AP) — ", "GAZA CITY — ",
// and the press-release form with the year, "WASHINGTON, Jan. 5, 2017 — ".
var datelineRE = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:[ ]+\p{Lu}[\p{Lu}\p{M}.'’-]*)*)(,[ ]*[\p{L}\d. ]{2,30}?(?:,[ ]*\d{4})?)?[ ]*(?:\(([^()]{2,40})\))?[ ]*(?:-{1,2}|–|—)[ ]+`)

// titleDatelineRE matches datelines written in title case, which need a
// region after a comma or an agency to tell them from a sentence's
// subject: "Taipei, Taiwan — ", "Washington (AP) - ".
var titleDatelineRE = regexp.MustCompile(`^(\p{Lu}\p{Ll}+(?:[ ]+\p{Lu}\p{Ll}+){0,2})(?:(,[ ]*\p{Lu}[\p{L}.]*(?:[ ]+\p{Lu}[\p{L}.]*){0,2})[ ]*(?:\(([^()]{2,40})\))?|()[ ]*\(([^()]{2,40})\))[ ]*(?:-{1,2}|–|—)[ ]+`)

// Dateline splits the dateline off the first paragraph of a story. It
// returns the place, the agency (or "") and the length of the prefix to
// cut, or ok=false when the paragraph does not open with a dateline.
func Dateline(para string) (place, agency string, n int, ok bool) {
	g := datelineRE.FindStringSubmatchIndex(para)
	if g != nil {
		place = strings.TrimSpace(para[g[2]:g[3]])
		if g[6] >= 0 {
			agency = strings.TrimSpace(para[g[6]:g[7]])
		}
	} else if g = titleDatelineRE.FindStringSubmatchIndex(para); g != nil {
		place = strings.TrimSpace(para[g[2]:g[3]])
		for _, k := range []int{6, 10} {
			if g[k] >= 0 {
				agency = strings.TrimSpace(para[g[k]:g[k+1]])
			}
		}
	} else {
		return "", "", 0, false
	}
	// A place is written in capitals; one short capitalised word with
	// no agency ("A - B") is not enough to call it a dateline.
	letters := 0
	for _, r := range place {
		if isWordRune(r) {
			letters++
		}
	}
	if letters < 2 || (agency == "" && letters < 3) {
		return "", "", 0, false
	}
	return strings.TrimRight(place, " ,"), agency, g[1], place != ""
}
