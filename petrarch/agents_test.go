package petrarch_test

import (
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/petrarch"
)

// agentLookup is a phrase and the agent code it should find, with "~"
// before the code for a suffix and after it for a prefix ("" for none).
type agentLookup struct {
	text string
	code string
}

func agentCode(as *dict.Agents, text string) string {
	w := words(text)
	a, end, ok := as.Match(w, 0, len(w))
	if !ok || end != len(w) {
		return ""
	}
	if a.Prefix {
		return a.Code + "~"
	}
	return "~" + a.Code
}

func TestReadAgents(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		lookups []agentLookup
		errs    []wantErr
	}{
		{
			name:    "regular plural generated",
			data:    "FOREIGN_MINISTER [~GOVFRM]\nMILITIA [~MIL]\nDEPUTY [~LEG]\n",
			lookups: []agentLookup{{"foreign minister", "~GOVFRM"}, {"foreign ministers", "~GOVFRM"}, {"militias", "~MIL"}, {"deputies", "~LEG"}},
		},
		{
			name:    "empty braces: no plural",
			data:    "CONSTABULARY {} [~COP]\n",
			lookups: []agentLookup{{"constabulary", "~COP"}, {"constabularies", ""}},
		},
		{
			name:    "irregular plural",
			data:    "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nHERDSMAN {HERDSMEN HERDSFOLK} [~AGR]\n",
			lookups: []agentLookup{{"attorney general", "~JUD"}, {"attorneys general", "~JUD"}, {"attorney generals", ""}, {"herdsmen", "~AGR"}, {"herdsfolk", "~AGR"}},
		},
		{
			name:    "prefix code",
			data:    "RELIEF_AGENCY {} [NGO~]\n",
			lookups: []agentLookup{{"relief agency", "NGO~"}},
		},
		{
			name:    "blanks inside the code and lower case",
			data:    "GUARDSMAN {GUARDSMEN} [ ~ mil ]\n",
			lookups: []agentLookup{{"guardsmen", "~MIL"}},
		},
		{
			name: "substitution sets",
			data: "!KIN! = MAN, MEN, WOMAN,WOMEN\n!RANK! = JUNIOR, SENIOR\nSENATE!KIN! [~LEG]\n!RANK!_OFFICER!KIN! [~MIL]\n",
			lookups: []agentLookup{
				{"senateman", "~LEG"}, {"senatewomen", "~LEG"}, {"senatemans", ""},
				{"junior officerman", "~MIL"}, {"senior officerwomen", "~MIL"},
			},
		},
		{
			name:    "blank allows words between",
			data:    "MINISTER DEFENSE [~GOVDEF]\n",
			lookups: []agentLookup{{"minister of defense", "~GOVDEF"}},
		},
		{
			name:    "comments",
			data:    "<!-- agents -->\nSHEPHERD [~AGR] # a trailing comment\n",
			lookups: []agentLookup{{"shepherds", "~AGR"}},
		},
		{
			name: "malformed lines are reported and skipped",
			data: "SHEPHERD [~AGR]\n" + // 1
				"SOLDIER\n" + // 2 no code
				"SOLDIER [~MIL] [~REB]\n" + // 3 two codes
				"SOLDIER [MIL]\n" + // 4 no ~
				"SOLDIER [~M.L]\n" + // 5 bad code
				"SOLDIER {SOLDIERS [~MIL]\n" + // 6 unclosed brace
				"!BAD = A, B\n" + // 7 malformed set
				"VILLAGE!NOPE! [~CVL]\n" + // 8 unknown set
				"VILLAGE!OPEN [~CVL]\n" + // 9 unclosed marker
				"{} [~CVL]\n" + // 10 no phrase
				"[~]\n" + // 11 bare ~
				"FARMER [~AGR\n" + // 12 unclosed bracket
				"TRADER [~BUS]\n", // 13 good
			lookups: []agentLookup{{"shepherd", "~AGR"}, {"traders", "~BUS"}, {"soldier", ""}, {"farmer", ""}},
			errs: []wantErr{
				{2, "needs one [~CODE]"},
				{3, "needs one [~CODE]"},
				{4, "needs a '~'"},
				{5, "malformed agent code"},
				{6, "unclosed '{'"},
				{7, "malformed substitution set"},
				{8, "unknown substitution set !NOPE!"},
				{9, "unclosed substitution marker"},
				{10, "has no phrase"},
				{11, "needs a '~'"},
				{12, "needs one [~CODE]"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := &dict.Agents{}
			errs := petrarch.ReadAgents(as, "test.agents.txt", tt.data)
			checkErrs(t, "test.agents.txt", errs, tt.errs)
			for _, l := range tt.lookups {
				if got := agentCode(as, l.text); got != l.code {
					t.Errorf("%q: agent %q, want %q", l.text, got, l.code)
				}
			}
		})
	}
}

func TestReadAgentsEntry(t *testing.T) {
	as := &dict.Agents{}
	if errs := petrarch.ReadAgents(as, "ag.txt", "\n\nHARBOUR_PILOT {} [~BUS]\n"); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(as.Entries) != 1 {
		t.Fatalf("%d entries", len(as.Entries))
	}
	a := as.Entries[0]
	if a.Name != "HARBOUR_PILOT" || a.Code != "BUS" || a.Prefix || a.Pos.File != "ag.txt" || a.Pos.Line != 3 {
		t.Errorf("entry = %+v", a)
	}
}

func TestReadAgentsFixture(t *testing.T) {
	as := &dict.Agents{}
	errs := petrarch.ReadAgents(as, "testdata/agents.txt", readFile(t, "testdata/agents.txt"))
	checkErrs(t, "testdata/agents.txt", errs, []wantErr{{13, "needs a '~'"}})
	for _, l := range []agentLookup{
		{"gendarme", "~COP"}, {"gendarmes", "~COP"},
		{"gendarmerie", "~COP"}, {"gendarmeries", ""},
		{"chief of staff", "~MIL"}, {"chiefs of staff", "~MIL"},
		{"border guard", "~MIL"}, {"border guards", "~MIL"},
		{"parliamentwoman", "~LEG"}, {"parliamentmen", "~LEG"},
		{"aid mission", "NGO~"},
		{"smuggler", ""}, // the broken line
		{"dockworker", "~LAB"},
	} {
		if got := agentCode(as, l.text); got != l.code {
			t.Errorf("%q: agent %q, want %q", l.text, got, l.code)
		}
	}
}
