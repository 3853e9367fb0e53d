package sqlite

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/sqlstore"
)

// The text index of the events (events_fts, see 005_text_facets.sql)
// holds with each sentence the countries of the event: src3 and tgt3, and
// dyad, both in one token ("USAIRN"). A search for words within a dyad or
// an actor's events asks for them too, and FTS5 intersects the lists of
// the words and the countries by skipping through them: a word in a
// quarter of all sentences within a dyad both ways took 6 ms among a
// million events, where building the set of the word's matches took 50.
//
// Words are searched in the text column only; every word and code is
// quoted, so that no FTS5 query syntax comes from the user.

// words returns the words of q as an FTS5 query that wants all of them.
func words(q string) (string, error) {
	ws, err := sqlstore.SearchWords(q)
	if err != nil {
		return "", err
	}
	for i, w := range ws {
		ws[i] = quote(w)
	}
	return strings.Join(ws, " "), nil
}

// eventQuery returns the FTS5 query of the events text index for the
// words of f, and, with countries, for the countries f wants on either
// side.
func eventQuery(f *dyad.EventFilter, countries bool) (string, error) {
	w, err := words(f.Query)
	if err != nil {
		return "", err
	}
	q := "text : (" + w + ")"
	if countries {
		for _, c := range countryTerms(f) {
			q += " AND " + c
		}
	}
	return q, nil
}

// countryTerms returns what the text index can test of the actors of a
// (validated) filter: the countries of actors of three letters or more,
// which every event f selects has.
func countryTerms(f *dyad.EventFilter) []string {
	country := func(code string) string {
		if len(code) < 3 {
			return ""
		}
		return code[:3]
	}
	either := func(c string) string {
		return "(src3 : " + quote(c) + " OR tgt3 : " + quote(c) + ")"
	}
	var terms []string
	src, tgt := country(f.Source), country(f.Target)
	switch {
	case src != "" && tgt != "" && f.BothWays && src != tgt:
		terms = append(terms, "(dyad : "+quote(src+tgt)+" OR dyad : "+quote(tgt+src)+")")
	case src != "" && tgt != "":
		terms = append(terms, "dyad : "+quote(src+tgt))
	case f.BothWays && (src != "" || tgt != ""):
		// One side named, or one of them too short to be a country:
		// the other may be either side.
		terms = append(terms, either(src+tgt))
	case src != "":
		terms = append(terms, "src3 : "+quote(src))
	case tgt != "":
		terms = append(terms, "tgt3 : "+quote(tgt))
	}
	if a := country(f.Actor); a != "" {
		terms = append(terms, either(a))
	}
	return terms
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, "") + `"` }
