// Package plover reads the PLOVER gold-standard records (JSON, one
// sentence each with its event type and actors) and scores a coder
// against them: the share of records whose event type is among the coded
// events' PLOVER types, and whose source country is among their sources.
package plover

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
)

// Record is one gold sentence.
type Record struct {
	ID      string
	Date    dyad.Date
	Text    string
	Event   string   // PLOVER type, in 2021 names
	Sources []string // country (or IGO/NGO) codes of the source actors
	Targets []string
}

// names maps PLOVER 0.5 type names to the 2021 names dyad's ontology uses.
var names = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// ReadGold reads a gold file: a JSON array of records with "id", "date",
// "text", "event" and "source"/"target" lists of {"code": ...}. Records
// that document the file itself (event DOCUMENT) are left out.
func ReadGold(r io.Reader) ([]Record, error) {
	var raw []struct {
		ID     string          `json:"id"`
		Date   string          `json:"date"`
		Text   string          `json:"text"`
		Event  string          `json:"event"`
		Source json.RawMessage `json:"source"`
		Target json.RawMessage `json:"target"`
	}
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("reading PLOVER gold: %w", err)
	}
	var out []Record
	for _, x := range raw {
		if x.Event == "" || x.Event == "DOCUMENT" || strings.TrimSpace(x.Text) == "" {
			continue
		}
		d, _ := dyad.ParseDate(x.Date)
		ev := x.Event
		if n, ok := names[ev]; ok {
			ev = n
		}
		out = append(out, Record{ID: x.ID, Date: d, Text: x.Text, Event: ev, Sources: codes(x.Source), Targets: codes(x.Target)})
	}
	return out, nil
}

// codes reads a list of actors ({"code": "IRQ", ...}); anything else
// (a bare string) gives none.
func codes(raw json.RawMessage) []string {
	var actors []struct {
		Code string `json:"code"`
	}
	if json.Unmarshal(raw, &actors) != nil {
		return nil
	}
	var out []string
	for _, a := range actors {
		if a.Code != "" {
			out = append(out, strings.ToUpper(a.Code))
		}
	}
	return out
}

// Coder codes one record's sentence.
type Coder func(ctx context.Context, r *Record) ([]dyad.Event, error)

// Result is the outcome of one record.
type Result struct {
	Record    *Record
	Events    []dyad.Event
	TypeFound bool // an event has the record's PLOVER type
	SourceOK  bool // an event's source starts with one of the record's source codes
	Other     int  // events of another PLOVER type
	Err       error
}

// Report sums the results.
type Report struct {
	Results []Result
}

// Score codes every record and compares.
func Score(ctx context.Context, records []Record, code Coder) *Report {
	rep := &Report{}
	for i := range records {
		r := &records[i]
		res := Result{Record: r}
		res.Events, res.Err = code(ctx, r)
		for _, e := range res.Events {
			if c, ok := e.Info(); ok && c.PLOVER == r.Event {
				res.TypeFound = true
			} else {
				res.Other++
			}
			for _, s := range r.Sources {
				if strings.HasPrefix(e.Source, s) {
					res.SourceOK = true
				}
			}
		}
		rep.Results = append(rep.Results, res)
	}
	return rep
}

// Rates returns the shares of records with the type found and with the
// source country found, and the number of events of other types.
func (rep *Report) Rates() (typeFound, sourceOK float64, other int) {
	if len(rep.Results) == 0 {
		return 0, 0, 0
	}
	var t, s int
	for _, r := range rep.Results {
		if r.TypeFound {
			t++
		}
		if r.SourceOK {
			s++
		}
		other += r.Other
	}
	n := float64(len(rep.Results))
	return float64(t) / n, float64(s) / n, other
}

// WriteMisses writes the records whose type or source was not found.
func (rep *Report) WriteMisses(w io.Writer) {
	for _, r := range rep.Results {
		if r.TypeFound && r.SourceOK {
			continue
		}
		what := "type and source"
		switch {
		case r.TypeFound:
			what = "source"
		case r.SourceOK:
			what = "type"
		}
		var got []string
		for _, e := range r.Events {
			c, _ := e.Info()
			got = append(got, fmt.Sprintf("%s>%s %s(%s)", e.Source, e.Target, e.Code, c.PLOVER))
		}
		fmt.Fprintf(w, "MISS %s: %s; want %s from %v; got %s\n  %s\n", r.Record.ID, what, r.Record.Event, r.Record.Sources,
			strings.Join(got, ", "), r.Record.Text)
		if r.Err != nil {
			fmt.Fprintf(w, "  error: %v\n", r.Err)
		}
	}
}

// WriteSummary writes the rates, and the type rate by PLOVER type.
func (rep *Report) WriteSummary(w io.Writer) {
	byType := map[string][2]int{}
	for _, r := range rep.Results {
		c := byType[r.Record.Event]
		c[1]++
		if r.TypeFound {
			c[0]++
		}
		byType[r.Record.Event] = c
	}
	types := make([]string, 0, len(byType))
	for k := range byType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		fmt.Fprintf(w, "  %-10s %3d/%-3d\n", k, byType[k][0], byType[k][1])
	}
	t, s, o := rep.Rates()
	fmt.Fprintf(w, "%d records: event type found %.1f%%, source country found %.1f%%, %d events of other types\n",
		len(rep.Results), 100*t, 100*s, o)
}
