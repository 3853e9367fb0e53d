// Package fakecoder is a test double for dyad.ArticleCoder: it codes the
// simple pattern "ACTOR VERB ... ACTOR" from a small table of names and
// verbs, with real byte spans, so that the store, the server and the
// dashboard can be tested end to end before (and independently of) the real
// coder. It is no event coder: it knows a handful of words.
package fakecoder

import (
	"context"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
)

// actors maps names (longest first wins) to CAMEO actor codes.
var actors = []struct{ name, code string }{
	{"United States", "USA"}, {"U.S. military", "USAMIL"}, {"U.S. envoy", "USAGOV"}, {"U.S.", "USA"}, {"Washington", "USAGOV"},
	{"Iranian officials", "IRNGOV"}, {"Iranian", "IRN"}, {"Iran", "IRN"}, {"Tehran", "IRNGOV"},
	{"Iraqi government", "IRQGOV"}, {"Iraq", "IRQ"}, {"Baghdad", "IRQGOV"}, {"Maliki", "IRQGOV"},
	{"Israeli jets", "ISRMIL"}, {"Israel", "ISR"}, {"Gaza", "PSE"}, {"Hamas", "PSEREB"},
	{"Egypt", "EGY"}, {"Russia", "RUS"}, {"Moscow", "RUSGOV"}, {"Ukraine", "UKR"}, {"Kyiv", "UKRGOV"},
	{"China", "CHN"}, {"Beijing", "CHNGOV"}, {"Japan", "JPN"}, {"Tokyo", "JPNGOV"},
	{"France", "FRA"}, {"Paris", "FRAGOV"}, {"Germany", "DEU"}, {"Berlin", "DEUGOV"},
}

// verbs maps verb forms to CAMEO event codes.
var verbs = map[string]string{
	"accuses": "112", "accused": "112", "blames": "112", "blamed": "112",
	"urges": "020", "urged": "020", "appeals": "020",
	"praises": "051", "praised": "051",
	"meets": "040", "met": "040", "held": "046", "hosts": "042", "visits": "042", "visited": "042",
	"released": "0841", "releases": "0841", "frees": "0841",
	"threatens": "130", "threatened": "130", "warns": "130", "warned": "130",
	"sanctions": "163", "expels": "1663",
	"attacks": "190", "attacked": "190", "struck": "190", "strikes": "195", "shelled": "194",
	"aids": "070", "sends": "070", "supplies": "070",
	"condemns": "111", "condemned": "111", "criticises": "111", "criticized": "111",
	"signs": "057", "signed": "057",
}

// Coder is the fake coder.
type Coder struct{}

type mention struct {
	span dyad.Span
	code string
}

// CodeArticle codes each sentence (split at ". ", "! ", "? " and blank
// lines) in which a known actor is followed by a known verb and another
// actor: the first such pattern of each sentence.
func (Coder) CodeArticle(ctx context.Context, a *dyad.Article) ([]dyad.Event, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var events []dyad.Event
	for i, s := range sentences(a.Text) {
		text := a.Text[s.Start:s.End]
		src, ok := findActor(text, 0)
		if !ok {
			continue
		}
		verb, code, ok := findVerb(text, src.span.End)
		if !ok {
			continue
		}
		tgt, ok := findActor(text, verb.End)
		if !ok {
			continue
		}
		shift := func(sp dyad.Span) dyad.Span { return dyad.Span{Start: s.Start + sp.Start, End: s.Start + sp.End} }
		e := dyad.Event{
			Doc: a.ID, Date: a.Date(), Source: src.code, Target: tgt.code, Code: code, Sentence: i, Text: text,
			SourceSpan: shift(src.span), TargetSpan: shift(tgt.span), VerbSpan: shift(verb), Pattern: "fakecoder:" + text[verb.Start:verb.End],
		}
		e.SourceText, e.TargetText, e.VerbText = e.SourceSpan.Of(a.Text), e.TargetSpan.Of(a.Text), e.VerbSpan.Of(a.Text)
		events = append(events, e)
	}
	return events, nil
}

func sentences(text string) []dyad.Span {
	var out []dyad.Span
	start := 0
	emit := func(end int) {
		s := dyad.Span{Start: start, End: end}
		for s.Start < s.End && unicode.IsSpace(rune(text[s.Start])) {
			s.Start++
		}
		for s.End > s.Start && unicode.IsSpace(rune(text[s.End-1])) {
			s.End--
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	for i := 0; i < len(text); i++ {
		switch {
		case (text[i] == '.' || text[i] == '!' || text[i] == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') &&
			!strings.HasSuffix(text[:i+1], "U.S."):
			emit(i + 1)
			start = i + 1
		case text[i] == '\n' && i+1 < len(text) && text[i+1] == '\n':
			emit(i)
			start = i + 1
		}
	}
	emit(len(text))
	return out
}

// findActor returns the leftmost actor name at a word boundary from byte
// from on, the longest where two start at the same place.
func findActor(text string, from int) (mention, bool) {
	best := mention{span: dyad.Span{Start: -1}}
	for _, a := range actors {
		for off := from; off < len(text); {
			i := strings.Index(text[off:], a.name)
			if i < 0 {
				break
			}
			at := off + i
			end := at + len(a.name)
			if boundary(text, at, end) {
				if best.span.Start < 0 || at < best.span.Start || (at == best.span.Start && end > best.span.End) {
					best = mention{dyad.Span{Start: at, End: end}, a.code}
				}
				break
			}
			off = at + 1
		}
	}
	return best, best.span.Start >= 0
}

func findVerb(text string, from int) (dyad.Span, string, bool) {
	for i := from; i < len(text); {
		for i < len(text) && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if code, ok := verbs[strings.ToLower(text[i:j])]; ok {
			return dyad.Span{Start: i, End: j}, code, true
		}
		i = j
	}
	return dyad.Span{}, "", false
}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-' }

func boundary(text string, start, end int) bool {
	return (start == 0 || !isWordByte(text[start-1])) && (end == len(text) || !isWordByte(text[end]))
}
