package petrarch_test

import (
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

// actorLookup is a phrase to look up, on a date, and the code it should get
// ("" when the phrase should not be an actor at all).
type actorLookup struct {
	text string
	date dyad.Date
	code string
}

func lookupActor(as *dict.Actors, text string) *dict.Actor {
	w := words(text)
	a, end, ok := as.Match(w, 0, len(w))
	if !ok || end != len(w) {
		return nil
	}
	return a
}

func TestReadActors(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		lookups []actorLookup
		errs    []wantErr
	}{
		{
			name: "primary with default code",
			data: "SYLDAVIA [SYL]\n",
			lookups: []actorLookup{
				{"Syldavia", 20100101, "SYL"},
				{"Syldavia", 0, "SYL"},
			},
		},
		{
			name: "synonyms",
			data: "SYLDAVIA [SYL]\n+SYLDAVIAN_KINGDOM\n+KLOW_GOVERNMENT  # the capital stands for the state\n",
			lookups: []actorLookup{
				{"syldavian kingdom", 0, "SYL"},
				{"klow government", 0, "SYL"},
				{"syldavian", 0, ""},
			},
		},
		{
			name: "dated codes with tabs",
			data: "OTTOKAR_MUSKAR\n\t[SYLGOV 20010115-20041231]\n\t[SYLOPP 20050101-20080630]\n\t[SYLELI]\n",
			lookups: []actorLookup{
				{"Ottokar Muskar", 20020202, "SYLGOV"},
				{"Ottokar Muskar", 20041231, "SYLGOV"},
				{"Ottokar Muskar", 20050101, "SYLOPP"},
				{"Ottokar Muskar", 20100101, "SYLELI"},
				{"Ottokar Muskar", 0, "SYLELI"},
			},
		},
		{
			name: "two-digit years",
			data: "OTTOKAR_MUSKAR\n  [SYLGOV 950101-051231]\n",
			lookups: []actorLookup{
				{"Ottokar Muskar", 19960606, "SYLGOV"},
				{"Ottokar Muskar", 20051231, "SYLGOV"},
				{"Ottokar Muskar", 20060101, ""},
			},
		},
		{
			name: "before and after limits exclude their day",
			data: "KING_MUSKAR\n\t[SYLGOV <20000101]\n\t[SYLELI >20000101]\n",
			lookups: []actorLookup{
				{"King Muskar", 19991231, "SYLGOV"},
				{"King Muskar", 20000101, ""},
				{"King Muskar", 20000102, "SYLELI"},
			},
		},
		{
			name: "blanks inside the brackets",
			data: "KING_MUSKAR [ SYLGOV < 20000101 ] [SYLELI > 991231]\n",
			lookups: []actorLookup{
				{"King Muskar", 19990101, "SYLGOV"},
				{"King Muskar", 20000105, "SYLELI"},
			},
		},
		{
			name:    "null and slash codes",
			data:    "SYLDAVIA_BORDURIA [SYL/BOR]\nTHE_PRESS [---]\n",
			lookups: []actorLookup{{"Syldavia Borduria", 0, "SYL/BOR"}, {"the press", 0, "---"}},
		},
		{
			name: "codes are upper-cased",
			data: "BORDURIA [bor]\n",
			lookups: []actorLookup{
				{"Borduria", 0, "BOR"},
			},
		},
		{
			name: "name lines without '+' before the code join as synonyms",
			data: "SZOHOD\nSZOHOD_CITY\n\t[BORGOV]\n",
			lookups: []actorLookup{
				{"Szohod", 0, "BORGOV"},
				{"Szohod City", 0, "BORGOV"},
			},
		},
		{
			name: "a blank line ends the joining",
			data: "SZOHOD\n\nBORDURIA [BOR]\n",
			lookups: []actorLookup{
				{"Borduria", 0, "BOR"},
				{"Szohod", 0, ""},
			},
			errs: []wantErr{{1, `actor "SZOHOD" has no code`}},
		},
		{
			name: "comments of every kind",
			data: "# header\n<!-- a block\ncomment over lines -->\nSYLDAVIA [SYL] ; legacy comment\n+KLOW <!-- inline --> \n<! -- spaced form -->\nBORDURIA [BOR] # trailing\n",
			lookups: []actorLookup{
				{"Syldavia", 0, "SYL"},
				{"Klow", 0, "SYL"},
				{"Borduria", 0, "BOR"},
			},
		},
		{
			name: "CRLF line ends",
			data: "SYLDAVIA [SYL]\r\n+KLOW\r\nBORDURIA\r\n\t[BOR]\r\n",
			lookups: []actorLookup{
				{"Klow", 0, "SYL"},
				{"Borduria", 0, "BOR"},
			},
		},
		{
			name: "a name listed twice keeps its first entry",
			data: "SYLDAVIA [SYL]\nBORDURIA [BOR]\n+SYLDAVIA\n",
			lookups: []actorLookup{
				{"Syldavia", 0, "SYL"},
			},
		},
		{
			name: "malformed lines are reported and skipped",
			data: "SYLDAVIA [SYL]\n" + // 1
				"BORDURIA [BOR\n" + // 2 unclosed bracket
				"+KLOW\n" + // 3 synonym of the broken entry: dropped with it
				"\t[SYLGOV 2001-]\n" + // 4 bad date
				"\t[1AB]\n" + // 5 bad code
				"\t[SYLMIL 20050101-20010101]\n" + // 6 reversed range
				"\t[SYLREB 20011340-20021231]\n" + // 7 no such day
				"\t[SYLPTY 20010101]\n" + // 8 single date
				"\t[]\n" + // 9 empty
				"SZOHOD [BORGOV]\n", // 10 good
			lookups: []actorLookup{
				{"Syldavia", 20030101, "SYL"},
				{"Klow", 0, ""},
				{"Szohod", 0, "BORGOV"},
				{"Borduria", 0, ""},
			},
			errs: []wantErr{
				{2, "unclosed '['"},
				{4, "SYLGOV 2001-"},
				{5, "malformed actor code"},
				{6, "ends before it starts"},
				{7, "no such day"},
				{8, "malformed date restriction"},
				{9, "empty code"},
			},
		},
		{
			name: "codes and synonyms before any actor",
			data: "\t[SYL]\n+KLOW\nSYLDAVIA [SYL]\n",
			lookups: []actorLookup{
				{"Syldavia", 0, "SYL"},
				{"Klow", 0, ""},
			},
			errs: []wantErr{{1, "before any actor"}, {2, "before any actor"}},
		},
		{
			name:    "empty synonym",
			data:    "SYLDAVIA [SYL]\n+\n+_\n",
			lookups: []actorLookup{{"Syldavia", 0, "SYL"}},
			errs:    []wantErr{{2, "empty synonym"}, {3, "empty synonym"}},
		},
		{
			name:    "actor without a code at the end",
			data:    "SYLDAVIA [SYL]\nBORDURIA",
			lookups: []actorLookup{{"Syldavia", 0, "SYL"}, {"Borduria", 0, ""}},
			errs:    []wantErr{{2, "has no code"}},
		},
		{
			name: "empty file",
			data: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := &dict.Actors{}
			errs := petrarch.ReadActors(as, "test.actors.txt", tt.data)
			checkErrs(t, "test.actors.txt", errs, tt.errs)
			for _, l := range tt.lookups {
				a := lookupActor(as, l.text)
				got := ""
				if a != nil {
					got = a.CodeOn(l.date)
				}
				if got != l.code {
					t.Errorf("%q on %v: code %q, want %q", l.text, l.date, got, l.code)
				}
			}
		})
	}
}

func TestReadActorsEntry(t *testing.T) {
	data := "# dictionary\nSYLDAVIA [SYL]\n+KLOW\nOTTOKAR_MUSKAR\n\t[SYLGOV 20010115-20041231]\n\t[SYLELI]\n"
	as := &dict.Actors{}
	if errs := petrarch.ReadActors(as, "a.txt", data); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(as.Entries) != 2 {
		t.Fatalf("%d entries, want 2", len(as.Entries))
	}
	m := as.Entries[1]
	if m.Name != "OTTOKAR_MUSKAR" || m.Pos.File != "a.txt" || m.Pos.Line != 4 {
		t.Errorf("entry %q at %v, want OTTOKAR_MUSKAR at a.txt:4", m.Name, m.Pos)
	}
	want := []dict.DatedCode{{Code: "SYLGOV", From: 20010115, To: 20041231}, {Code: "SYLELI"}}
	if len(m.Codes) != len(want) {
		t.Fatalf("codes %v, want %v", m.Codes, want)
	}
	for i := range want {
		if m.Codes[i] != want[i] {
			t.Errorf("code %d = %+v, want %+v", i, m.Codes[i], want[i])
		}
	}
}

func TestReadActorsGaps(t *testing.T) {
	// In actor phrases a blank lets other words stand between (the coder
	// keeps the match within one noun phrase); '_' does not.
	as := &dict.Actors{}
	if errs := petrarch.ReadActors(as, "a.txt", "MINISTER INTERIOR [SYLGOV]\nSTATE_BANK [SYLBUS]\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if lookupActor(as, "minister of the interior") == nil {
		t.Error("blank did not allow words between")
	}
	if lookupActor(as, "state central bank") != nil {
		t.Error("'_' allowed words between")
	}
}

func TestReadActorsFixture(t *testing.T) {
	as := &dict.Actors{}
	errs := petrarch.ReadActors(as, "testdata/actors.txt", readFile(t, "testdata/actors.txt"))
	checkErrs(t, "testdata/actors.txt", errs, []wantErr{
		{20, "unclosed '['"},
		{24, "malformed actor code"},
	})
	for _, l := range []actorLookup{
		{"Syldavia", 19500101, "SYL"},
		{"Syldavian Kingdom", 0, "SYL"},
		{"King Muskar", 19380101, "SYLGOV"},
		{"King Muskar", 19600101, "SYLELI"},
		{"Borduria", 0, "BOR"},
		{"Marshal Pleksy Gladnik", 19540101, "BORGOV"},
		{"Marshal Pleksy Gladnik", 19600101, "BORMIL"},
		{"Szohod", 0, "BOR"},
		{"San Theodoros", 0, "STH"},
		{"General Alcazar", 19700101, "STHREB"},
		{"General Alcazar", 19750101, "STHGOV"},
		{"General Tapioca", 19750101, "STHGOV"},
		{"No Such Place", 0, ""}, // synonym of the broken entry
	} {
		a := lookupActor(as, l.text)
		got := ""
		if a != nil {
			got = a.CodeOn(l.date)
		}
		if got != l.code {
			t.Errorf("%q on %v: code %q, want %q", l.text, l.date, got, l.code)
		}
	}
}
