package token_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

func tokens(text string, span dyad.Span) string {
	var words []string
	for _, t := range token.New().Tokenize(text, span) {
		words = append(words, t.Text)
	}
	return strings.Join(words, "|")
}

// TestConventions checks the tokenization conventions one by one. The
// expected tokens are joined by "|".
func TestConventions(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"possessive", "Iraq's", "Iraq|'s"},
		{"curly possessive", "Baghdad’s", "Baghdad|’s"},
		{"negation", "didn't", "did|n't"},
		{"curly negation", "isn’t", "is|n’t"},
		{"can't", "can't", "ca|n't"},
		{"won't upper", "WON'T", "WO|N'T"},
		{"clitics", "I'm we're they've she'll he'd", "I|'m|we|'re|they|'ve|she|'ll|he|'d"},
		{"plural possessive", "the ministers' talks", "the|ministers|'|talks"},
		{"apostrophe inside a name", "O'Brien Qur'an Ba'athist", "O'Brien|Qur'an|Ba'athist"},
		{"Shi'ite straight", "Shi'ite", "Shi'ite"},
		{"Shi‘ite curly left", "Shi‘ite", "Shi‘ite"},
		{"Shi’ite curly right", "Shi’ite's", "Shi’ite|'s"},
		{"decade", "the '90s and ’80s", "the|'90s|and|’80s"},
		{"numeric possessive", "1980's", "1980's"},
		{"gonna", "gonna", "gon|na"},
		{"cannot", "Cannot", "Can|not"},
		{"al-", "al-Maliki", "al-Maliki"},
		{"Al-", "Al-Qaeda's", "Al-Qaeda|'s"},
		{"el-", "el-Sisi", "el-Sisi"},
		{"bin-", "bin-Laden", "bin-Laden"},
		{"as- needs a capital", "as-is", "as|-|is"},
		{"U.S.-led", "U.S.-led", "U.S.|-|led"},
		{"Iran-U.S.", "Iran-U.S. talks", "Iran|-|U.S.|talks"},
		{"prefix", "non-stop co-founder e-mail mid-July", "non-stop|co-founder|e-mail|mid-July"},
		{"hyphen split", "15-year-old", "15|-|year|-|old"},
		{"telephone", "713-853-3989 345-9945", "713-853-3989|345-9945"},
		{"range", "1969-1970 10-15", "1969|-|1970|10|-|15"},
		{"thousands", "1,000,000", "1,000,000"},
		{"list of years", "2007,2008", "2007|,|2008"},
		{"decimal", "3.5 .5", "3.5|.5"},
		{"time", "3:51", "3:51"},
		{"date", "9/11 11/28/2000", "9/11|11/28/2000"},
		{"percent", "10%", "10|%"},
		{"dollars", "$5", "$|5"},
		{"currency prefix", "US$5", "US$|5"},
		{"sign", "+44", "+44"},
		{"unit", "35mm 5pm 65k", "35|mm|5|pm|65|k"},
		{"ordinal", "20th 1st 3rd", "20th|1st|3rd"},
		{"slash words", "and/or", "and|/|or"},
		{"short slash", "w/o s/he", "w/o|s/he"},
		{"ampersand", "AT&T R&D", "AT&T|R&D"},
		{"title", "Mr. Smith", "Mr.|Smith"},
		{"initial", "George W. Bush", "George|W.|Bush"},
		{"acronym", "U.N. envoy", "U.N.|envoy"},
		{"acronym at end keeps stop", "in the U.S.", "in|the|U.S."},
		{"time abbreviation", "5 p.m. EST", "5|p.m.|EST"},
		{"abbreviation at end", "and so on, etc.", "and|so|on|,|etc|."},
		{"abbreviation and stop", "Acme Inc..", "Acme|Inc.|."},
		{"abbreviation before quote at end", `"Acme Inc."`, `"|Acme|Inc|.|"`},
		{"numeral abbreviation", "No. 5", "No.|5"},
		{"abbreviation glued to a number", "No.1 on Nov.28", "No.|1|on|Nov.|28"},
		{"no as a word", "said no.", "said|no|."},
		{"month", "Nov. 17, 2007", "Nov.|17|,|2007"},
		{"plain stop", "He left.", "He|left|."},
		{"domain", "reuters.com.", "reuters.com|."},
		{"url", "(see https://example.com/a_(b)/c).", "(|see|https://example.com/a_(b)/c|)|."},
		{"www", "www.example.org/x,", "www.example.org/x|,"},
		{"email", "mail press@example.org.", "mail|press@example.org|."},
		{"hashtag and handle", "#IraqTalks @Reuters", "#IraqTalks|@Reuters"},
		{"number sign", "#1", "#|1"},
		{"emoticons", ":) :-( ;) :D", ":)|:-(|;)|:D"},
		{"not an emoticon", "note:Democrats", "note|:|Democrats"},
		{"ellipsis", "wait...what", "wait|...|what"},
		{"marks", "What?! No!!!", "What|?!|No|!!!"},
		{"dashes", "a--b – c — d", "a|--|b|–|c|—|d"},
		{"quotes", `“Yes,” "no" ‘maybe’`, `“|Yes|,|”|"|no|"|‘|maybe|’`},
		{"double apostrophe quotes", "``Yes''", "``|Yes|''"},
		{"brackets", "(AP) [1] {x}", "(|AP|)|[|1|]|{|x|}"},
		{"non-breaking space", "10\u00a0km", "10|km"},
		{"zero-width space", "a\u200bb", "a|b"},
		{"soft hyphen inside word", "Bagh\u00addad", "Bagh\u00addad"},
		{"accents", "Pérez Ñuñez naïve", "Pérez|Ñuñez|naïve"},
		{"arabic script", "بغداد.", "بغداد|."},
		{"invalid utf-8", "ab\xffcd .", "ab\xffcd|."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokens(tt.text, dyad.Span{Start: 0, End: len(tt.text)}); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestSpan checks that only the span is tokenized, with offsets into the
// whole text, and that the stop of an abbreviation is split off only at the
// span's end.
func TestSpan(t *testing.T) {
	text := "He works for Acme Inc. It is big."
	toks := token.New().Tokenize(text, dyad.Span{Start: 3, End: 22})
	var got []string
	for _, tok := range toks {
		got = append(got, fmt.Sprintf("%s@%d:%d", tok.Text, tok.Span.Start, tok.Span.End))
		if tok.Head != -1 {
			t.Errorf("%s: Head %d, want -1", tok.Text, tok.Head)
		}
	}
	want := "works@3:8 for@9:12 Acme@13:17 Inc@18:21 .@21:22"
	if strings.Join(got, " ") != want {
		t.Errorf("got %s\nwant %s", strings.Join(got, " "), want)
	}
	if got := tokens(text, dyad.Span{Start: 13, End: 25}); got != "Acme|Inc.|It" {
		t.Errorf("inside the span: got %s, want Acme|Inc.|It", got)
	}
	for _, sp := range []dyad.Span{{Start: -5, End: 2}, {Start: 30, End: 100}, {Start: 5, End: 3}} {
		toks := token.New().Tokenize(text, sp)
		for _, tok := range toks {
			if tok.Span.Start < 0 || tok.Span.End > len(text) {
				t.Errorf("span %v: token %v outside the text", sp, tok.Span)
			}
		}
	}
}

// TestLongChunks makes sure that long runs without white space are scanned
// in linear time: each would take minutes if a scan restarted at every
// token.
func TestLongChunks(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("a-", 100000) + "@",
		strings.Repeat("a.", 100000) + "@x",
		strings.Repeat("x'y", 100000),
		strings.Repeat("1-", 100000),
		strings.Repeat("http://", 30000),
		strings.Repeat("Mr.", 100000),
		strings.Repeat(":)", 100000),
	} {
		toks := token.New().Tokenize(text, dyad.Span{Start: 0, End: len(text)})
		if len(toks) == 0 {
			t.Errorf("no tokens in %q...", text[:10])
		}
	}
}

func ExampleTokenizer_Tokenize() {
	text := "BAGHDAD (Reuters) - The U.S.-led coalition didn’t comment on al-Maliki’s plan."
	for _, t := range token.New().Tokenize(text, dyad.Span{Start: 0, End: len(text)}) {
		fmt.Printf("%s %d:%d\n", t.Text, t.Span.Start, t.Span.End)
	}
	// Output:
	// BAGHDAD 0:7
	// ( 8:9
	// Reuters 9:16
	// ) 16:17
	// - 18:19
	// The 20:23
	// U.S. 24:28
	// - 28:29
	// led 29:32
	// coalition 33:42
	// did 43:46
	// n’t 46:51
	// comment 52:59
	// on 60:62
	// al-Maliki 63:72
	// ’s 72:76
	// plan 77:81
	// . 81:82
}
