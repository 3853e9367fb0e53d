package petrarch

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/dyadproject/dyad"
)

// Suite is a PETRARCH validation file: the dictionaries it names and its
// records in order.
type Suite struct {
	Environment Environment
	Records     []*Record
}

// Environment is the <Environment> element: the dictionary files (relative
// to the suite's folder) and the options set before the first record.
type Environment struct {
	Verbs    string
	Actors   []string
	Agents   string
	Discards string
	Issues   string
	Include  []string
	Options  []Option
}

// Option is a <Config option=".." value=".."> element.
type Option struct {
	Name  string
	Value string
	Line  int
}

// Record is one <Sentence> of a suite.
type Record struct {
	ID        string
	Category  string
	Date      dyad.Date
	Sentence  bool // the sentence="true" attribute: the record tests a working feature
	Text      string
	Parse     string
	ParseLine int        // line of the <Parse> tag, to place parse errors
	Expected  []Expected // the codings it expects; none for noevents and error records
	NoEvents  bool
	Error     string   // the error it expects ("dateline", "bad_input_parse", ...)
	Options   []Option // every option set before the record, in order
	Line      int      // line of the <Sentence> tag
}

// Expected is one expected event.
type Expected struct {
	Source, Target, Code string
}

// ReadSuite reads a validation file. Records that cannot be read (no id,
// bad date) are reported and skipped; a malformed XML document stops the
// reading at the error, keeping the records before it.
func ReadSuite(file string, r io.Reader) (*Suite, dyad.ErrorList) {
	var el dyad.ErrorList
	pos := func(line int) dyad.Pos { return dyad.Pos{File: file, Line: line} }
	s := &Suite{}
	d := xml.NewDecoder(r)
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	var options []Option
	var rec *Record
	var field *string // where character data goes
	var buf strings.Builder
	inEnv := false
	for {
		line, _ := d.InputPos()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				el = append(el, &dyad.Error{Pos: pos(se.Line), Msg: "malformed XML: " + se.Msg})
			} else {
				el = append(el, &dyad.Error{Pos: pos(line), Msg: "reading XML", Err: err})
			}
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			switch {
			case name == "Environment":
				inEnv = true
			case name == "Config":
				o := Option{Name: attrOf(t, "option"), Value: attrOf(t, "value"), Line: line}
				if o.Name == "" {
					el.Add(pos(line), "<Config> without an option attribute")
					break
				}
				if inEnv {
					s.Environment.Options = append(s.Environment.Options, o)
				}
				options = append(options, o)
			case name == "Sentence":
				rec = &Record{ID: attrOf(t, "id"), Category: attrOf(t, "category"), Line: line,
					Sentence: strings.EqualFold(attrOf(t, "sentence"), "true")}
				rec.Options = append([]Option(nil), options...)
				if ds := attrOf(t, "date"); ds != "" {
					dt, err := dyad.ParseDate(ds)
					if err != nil {
						el.Add(pos(line), "record %s: %v", rec.ID, err)
					}
					rec.Date = dt
				}
			case name == "EventCoding" && rec != nil:
				switch {
				case attrOf(t, "error") != "":
					rec.Error = attrOf(t, "error")
				case strings.EqualFold(attrOf(t, "noevents"), "true"):
					rec.NoEvents = true
				default:
					x := Expected{Source: attrOf(t, "sourcecode"), Target: attrOf(t, "targetcode"), Code: attrOf(t, "eventcode")}
					if x.Code == "" {
						el.Add(pos(line), "record %s: <EventCoding> without an eventcode", rec.ID)
						break
					}
					rec.Expected = append(rec.Expected, x)
				}
			case name == "Text" && rec != nil:
				field = &rec.Text
				buf.Reset()
			case name == "Parse" && rec != nil:
				field = &rec.Parse
				rec.ParseLine = line
				buf.Reset()
			case inEnv:
				buf.Reset()
			}
		case xml.CharData:
			buf.Write(t)
		case xml.EndElement:
			name := t.Name.Local
			switch {
			case field != nil && (name == "Text" || name == "Parse"):
				*field = strings.TrimSpace(buf.String())
				field = nil
			case name == "Sentence" && rec != nil:
				switch {
				case rec.ID == "":
					el.Add(pos(rec.Line), "record without an id: skipped")
				case rec.Date == 0:
					el.Add(pos(rec.Line), "record %s has no valid date: skipped", rec.ID)
				case rec.Text == "":
					el.Add(pos(rec.Line), "record %s has no <Text>: skipped", rec.ID)
				default:
					s.Records = append(s.Records, rec)
				}
				rec = nil
			case name == "Environment":
				inEnv = false
			case inEnv:
				v := strings.TrimSpace(buf.String())
				switch name {
				case "Verbfile":
					s.Environment.Verbs = v
				case "Actorfile":
					for _, f := range strings.Split(v, ",") {
						if f = strings.TrimSpace(f); f != "" {
							s.Environment.Actors = append(s.Environment.Actors, f)
						}
					}
				case "Agentfile":
					s.Environment.Agents = v
				case "Discardfile":
					s.Environment.Discards = v
				case "Issuefile":
					s.Environment.Issues = v
				case "Include":
					s.Environment.Include = strings.Fields(v)
				}
			}
		}
	}
	return s, el
}

func attrOf(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}
