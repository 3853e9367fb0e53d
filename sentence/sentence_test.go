package sentence_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/sentence"
)

func split(text string) string {
	var out []string
	for _, s := range sentence.New().Split(text) {
		out = append(out, s.Of(text))
	}
	return strings.Join(out, " | ")
}

// TestSplit checks the splitting rules one by one; the expected sentences
// are joined by " | ".
func TestSplit(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"plain", "He left. She stayed.", "He left. | She stayed."},
		{"question and exclamation", "Why? Because! Fine.", "Why? | Because! | Fine."},
		{"quote after stop", `He said "no." Then he left.`, `He said "no." | Then he left.`},
		{"curly quote after stop", "“Go.” He went.", "“Go.” | He went."},
		{"bracket after stop", "(It was late.) They left.", "(It was late.) | They left."},
		{"question inside a quote", `"Why?" he asked.`, `"Why?" he asked.`},
		{"title", "Gen. Petraeus spoke. Mr. Smith did not.", "Gen. Petraeus spoke. | Mr. Smith did not."},
		{"initials", "George W. Bush and J. R. R. Tolkien met.", "George W. Bush and J. R. R. Tolkien met."},
		{"acronym inside", "The U.S. Army and U.N. officials met.", "The U.S. Army and U.N. officials met."},
		{"acronym at end", "He flew to the U.S. The trip was long.", "He flew to the U.S. | The trip was long."},
		{"time at end", "It ended at 5 p.m. Police left.", "It ended at 5 p.m. | Police left."},
		{"time inside", "It ended at 5 p.m. EST on Monday.", "It ended at 5 p.m. EST on Monday."},
		{"month", "On Nov. 17 they met.", "On Nov. 17 they met."},
		{"number abbreviation", "He is the No. 2 official. No. He is not.", "He is the No. 2 official. | No. | He is not."},
		{"company at end", "He joined Acme Inc. The firm grew.", "He joined Acme Inc. | The firm grew."},
		{"company inside", "Acme Inc. said so.", "Acme Inc. said so."},
		{"decimal and domain", "It rose 3.5 percent on reuters.com today.", "It rose 3.5 percent on reuters.com today."},
		{"U.S.-led", "The U.S.-led force left.", "The U.S.-led force left."},
		{"ellipsis before lower case", "We want ... peace and quiet.", "We want ... peace and quiet."},
		{"ellipsis before capital", "He paused... Then he spoke.", "He paused... | Then he spoke."},
		{"spaced ellipsis", "He paused . . . Then he spoke.", "He paused . . . | Then he spoke."},
		{"lower case after a word", "it was good. he came back.", "it was good. | he came back."},
		{"unknown abbreviation in brackets", "Sen. Jones (D-Mass.) said no.", "Sen. Jones (D-Mass.) said no."},
		{"brand", "Yahoo! said it would.", "Yahoo! said it would."},
		{"list number", "1. The first point.", "1. The first point."},
		{"list after colon", "He wants two things: 1. Peace. 2. Bread.", "He wants two things: 1. Peace. | 2. Bread."},
		{"year at end", "It began in 2007. 2008 was worse.", "It began in 2007. | 2008 was worse."},
		{"reference marks", "He died in 2014.[1] [2] His son lives.", "He died in 2014.[1] [2] | His son lives."},
		{"emoticon", "Loved it! :) See you.", "Loved it! :) | See you."},
		{"blank line", "No stop here\n\nNew paragraph", "No stop here | New paragraph"},
		{"headline", "Rebels seize town\nGunmen attacked on Friday.", "Rebels seize town | Gunmen attacked on Friday."},
		{"continuation line", "The minister said\nthat talks would go on.", "The minister said\nthat talks would go on."},
		{"comma at line end", "Iraq, Iran,\nSyria and Jordan met.", "Iraq, Iran,\nSyria and Jordan met."},
		{"crlf", "One line\r\nTwo line.\r\n\r\nThree.", "One line | Two line. | Three."},
		{"paragraph separator", "One\u2029Two", "One | Two"},
		{"dateline", "BAGHDAD (Reuters) - Iraq said no.", "BAGHDAD (Reuters) - | Iraq said no."},
		{"dateline with date", "WASHINGTON, Nov. 17 (AP) — The Senate voted.", "WASHINGTON, Nov. 17 (AP) — | The Senate voted."},
		{"dateline without agency", "LONDON — Britain said no.", "LONDON — | Britain said no."},
		{"no dateline", "Iraq - the country - said no.", "Iraq - the country - said no."},
		{"white space only", " \n\t ", ""},
		{"no stop at end", "Trailing words", "Trailing words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := split(tt.text); got != tt.want {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestLongInputs makes sure that pathological texts are split in linear
// time: each would take minutes if a scan restarted at every stop.
func TestLongInputs(t *testing.T) {
	for _, text := range []string{
		strings.Repeat(". ", 100000),
		strings.Repeat("1. ", 100000),
		strings.Repeat("a", 200000) + ". B",
		strings.Repeat("U.S. ", 50000),
		strings.Repeat("x\n", 100000),
		strings.Repeat("BAGHDAD (Reuters) -\n\n", 20000),
		strings.Repeat(" ", 200000) + "A. B.",
	} {
		if spans := sentence.New().Split(text); len(spans) == 0 {
			t.Errorf("no sentences in %q...", text[:10])
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, text              string
		dateline, place, agency string
	}{
		{"reuters", "BAGHDAD (Reuters) - Iraq is encouraged.", "BAGHDAD (Reuters) -", "BAGHDAD", "Reuters"},
		{"ap with date", "WASHINGTON, Nov. 17 (AP) — The Senate voted.", "WASHINGTON, Nov. 17 (AP) —", "WASHINGTON", "AP"},
		{"region", "KABUL, Afghanistan (AP) -- Gunmen attacked.", "KABUL, Afghanistan (AP) --", "KABUL, Afghanistan", "AP"},
		{"full date", "NEW YORK, Nov. 17, 2007 (Reuters) - Stocks fell.", "NEW YORK, Nov. 17, 2007 (Reuters) -", "NEW YORK", "Reuters"},
		{"day first", "GENEVA, 17 November (IPS) - Talks ended.", "GENEVA, 17 November (IPS) -", "GENEVA", "IPS"},
		{"two places", "GENEVA/BEIRUT (Reuters) - Talks ended.", "GENEVA/BEIRUT (Reuters) -", "GENEVA/BEIRUT", "Reuters"},
		{"mixed case with agency", "Baghdad (AFP) - Bombs exploded.", "Baghdad (AFP) -", "Baghdad", "AFP"},
		{"capitals without agency", "LONDON — Britain said.", "LONDON —", "LONDON", ""},
		{"colon and dash", "CEBU CITY: -- Troops clashed.", "CEBU CITY: --", "CEBU CITY", ""},
		{"colon alone", "UPDATE: Troops clashed.", "", "", ""},
		{"agency only", "(Reuters) - Oil rose.", "(Reuters) -", "", "Reuters"},
		{"after a headline", "Iraq seeks talks\nNovember 17, 2007\n\nBAGHDAD (Reuters) - Iraq is encouraged.", "BAGHDAD (Reuters) -", "BAGHDAD", "Reuters"},
		{"not capitals", "Iraq - the country - said no.", "", "", ""},
		{"short word", "FYI - see the rows.", "", "", ""},
		{"no dash", "BAGHDAD (Reuters) Iraq is encouraged.", "", "", ""},
		{"bracket that is no agency", "Iraq (pop. 30 million) - a country.", "", "", ""},
		{"dash glued to a word", "LONDON -Britain said.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			span, place, agency, ok := sentence.Dateline(tt.text)
			if ok != (tt.dateline != "") {
				t.Fatalf("Dateline(%q): ok %v, span %q", tt.text, ok, span.Of(tt.text))
			}
			if got := span.Of(tt.text); got != tt.dateline || place != tt.place || agency != tt.agency {
				t.Errorf("Dateline(%q) = %q, %q, %q; want %q, %q, %q", tt.text, got, place, agency, tt.dateline, tt.place, tt.agency)
			}
		})
	}
}

func ExampleSplitter_Split() {
	text := "BAGHDAD (Reuters) - Iraq is encouraged by signs of a thaw, the U.S. envoy said at 5 p.m. Tehran denied it.\n\n“It’s a good sign,” he said."
	for _, s := range sentence.New().Split(text) {
		fmt.Printf("%d:%d %s\n", s.Start, s.End, s.Of(text))
	}
	// Output:
	// 0:19 BAGHDAD (Reuters) -
	// 20:88 Iraq is encouraged by signs of a thaw, the U.S. envoy said at 5 p.m.
	// 89:106 Tehran denied it.
	// 108:142 “It’s a good sign,” he said.
}

func ExampleDateline() {
	text := "WASHINGTON, Nov. 17 (AP) — The Senate approved the bill on Friday."
	span, place, agency, ok := sentence.Dateline(text)
	fmt.Println(ok, span, place, agency)
	// Output: true 0:28 WASHINGTON AP
}
