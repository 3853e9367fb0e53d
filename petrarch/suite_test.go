package petrarch_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/petrarch"
)

func TestReadSuiteFixture(t *testing.T) {
	const file = "testdata/suite.xml"
	s, errs := petrarch.ReadSuite(file, strings.NewReader(readFile(t, file)))
	checkErrs(t, file, errs, []wantErr{
		{44, "record without an id"},
		{49, "record DEMO-06"},
		{49, "no valid date"},
		{55, "without an eventcode"},
		{59, "no <Text>"},
		{63, "without an option attribute"},
	})

	env := s.Environment
	if env.Verbs != "test.verbs.txt" || !reflect.DeepEqual(env.Actors, []string{"test.actors.txt", "more.actors.txt"}) ||
		env.Agents != "test.agents.txt" || env.Discards != "test.discards.txt" || env.Issues != "test.issues.txt" ||
		!reflect.DeepEqual(env.Include, []string{"DEMO", "MEET"}) {
		t.Errorf("environment = %+v", env)
	}
	if len(env.Options) != 1 || env.Options[0].Name != "require_dyad" || env.Options[0].Value != "false" {
		t.Errorf("environment options = %+v", env.Options)
	}

	var ids []string
	for _, r := range s.Records {
		ids = append(ids, r.ID)
	}
	if want := []string{"DEMO-01", "DEMO-02", "DEMO-03", "DEMO-04", "DEMO-07", "DEMO-09"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("records %v, want %v", ids, want)
	}
	byID := map[string]*petrarch.Record{}
	for _, r := range s.Records {
		byID[r.ID] = r
	}

	r := byID["DEMO-01"]
	if r.Date != 19550301 || r.Category != "DEMO" || !r.Sentence || r.Line != 14 || r.ParseLine != 19 ||
		r.Text != "Syldavia visited Borduria." ||
		r.Parse != "(ROOT (S (NP (NNP Syldavia)) (VP (VBD visited) (NP (NNP Borduria))) (. .)))" ||
		!reflect.DeepEqual(r.Expected, []petrarch.Expected{{Source: "SYL", Target: "BOR", Code: "042"}}) || r.NoEvents || r.Error != "" {
		t.Errorf("DEMO-01 = %+v", r)
	}
	if len(r.Options) != 1 || r.Options[0].Name != "require_dyad" {
		t.Errorf("DEMO-01 options = %+v", r.Options)
	}

	r = byID["DEMO-02"]
	if r.Date != 19550302 || r.Category != "MEET" || r.Sentence ||
		!reflect.DeepEqual(r.Expected, []petrarch.Expected{{Source: "SYL", Target: "BOR", Code: "042"}, {Source: "BOR", Target: "SYL", Code: "043"}}) {
		t.Errorf("DEMO-02 = %+v", r)
	}
	if len(r.Options) != 2 || r.Options[1].Name != "new_actor_length" || r.Options[1].Value != "2" || r.Options[1].Line != 24 {
		t.Errorf("DEMO-02 options = %+v", r.Options)
	}

	r = byID["DEMO-03"]
	if r.Date != 19550303 || !r.Sentence || !r.NoEvents || len(r.Expected) != 0 || r.Text != "Nothing happened & nobody came." {
		t.Errorf("DEMO-03 = %+v", r)
	}

	r = byID["DEMO-04"]
	if r.Error != "dateline" || r.NoEvents || len(r.Expected) != 0 || r.Parse != "(ROOT (NP (NNP KLOW)" {
		t.Errorf("DEMO-04 = %+v", r)
	}

	// The expected event without a code is dropped, the record kept.
	if r := byID["DEMO-07"]; len(r.Expected) != 0 {
		t.Errorf("DEMO-07 = %+v", r)
	}
	// The <Config> without an option changes nothing.
	if r := byID["DEMO-09"]; len(r.Options) != 2 || !reflect.DeepEqual(r.Expected, []petrarch.Expected{{Source: "BOR", Target: "---", Code: "190"}}) {
		t.Errorf("DEMO-09 = %+v", r)
	}
}

func TestReadSuite(t *testing.T) {
	rec := func(id, body string) string {
		return `<Sentence date="20200101" id="` + id + `" category="X">` + body + `<Text>Some text.</Text></Sentence>`
	}
	tests := []struct {
		name string
		data string
		ids  []string
		errs []wantErr
	}{
		{"empty document", "", nil, nil},
		{"no records", "<Validation></Validation>", nil, nil},
		{"records without a wrapper", rec("A", "") + "\n" + rec("B", ""), []string{"A", "B"}, nil},
		{
			name: "malformed XML keeps the records before it",
			data: "<Validation>\n" + rec("A", "") + "\n" + rec("B", "") + "\n<Sentence id=\"C\" date=\"20200101><Text>x</Text></Sentence>\n" + rec("D", "") + "\n</Validation>",
			ids:  []string{"A", "B"},
			errs: []wantErr{{4, "malformed XML"}},
		},
		{
			name: "unclosed record at the end",
			data: "<Validation>\n" + rec("A", "") + "\n<Sentence id=\"B\" date=\"20200101\"><Text>x</Text>\n",
			ids:  []string{"A"},
			errs: []wantErr{{4, "malformed XML"}},
		},
		{
			name: "unquoted attributes are read in lenient mode",
			data: `<Sentence date=20200101 id=A category=X><Text>t</Text></Sentence>`,
			ids:  []string{"A"},
		},
		{
			name: "HTML-like void elements",
			data: rec("A", `<EventCoding sourcecode="A" targetcode="B" eventcode="010"><br>`),
			ids:  []string{"A"},
		},
		{
			name: "eventcoding outside a record is ignored",
			data: `<EventCoding sourcecode="A" targetcode="B" eventcode="010"/>` + rec("A", ""),
			ids:  []string{"A"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, errs := petrarch.ReadSuite("s.xml", strings.NewReader(tt.data))
			checkErrs(t, "s.xml", errs, tt.errs)
			if s == nil {
				t.Fatal("nil suite")
			}
			var ids []string
			for _, r := range s.Records {
				ids = append(ids, r.ID)
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("records %v, want %v", ids, tt.ids)
			}
		})
	}
}

// failingReader fails after its data.
type failingReader struct{ data *strings.Reader }

func (f failingReader) Read(p []byte) (int, error) {
	if f.data.Len() == 0 {
		return 0, errDisk
	}
	return f.data.Read(p)
}

var errDisk = &dyad.Error{Msg: "disk on fire"}

func TestReadSuiteReadError(t *testing.T) {
	data := `<Sentence date="20200101" id="A"><Text>t</Text></Sentence>` + "\n<Sentence"
	s, errs := petrarch.ReadSuite("s.xml", failingReader{strings.NewReader(data)})
	if len(s.Records) != 1 {
		t.Errorf("records %d, want 1", len(s.Records))
	}
	if len(errs) != 1 || errs[0].Pos.File != "s.xml" || !strings.Contains(errs[0].Error(), "disk on fire") {
		t.Errorf("errors = %v", errs)
	}
}
