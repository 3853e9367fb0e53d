package jsonl

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestRead(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a1", "date": "2007-11-17", "title": "T", "text": "Iraq seeks talks.", "url": "https://x.example/a1", "source": "Reuters"}`,
		``,
		`{"id": 42, "date": "20071118", "text": "Second story."}`,
		`not json`,
		`{"id": "nt", "title": "no text"}`,
		`{"id": "bd", "date": "2007-02-30", "text": "Bad date."}`,
		`{"published": "2007-11-17T15:51:00Z", "text": "Third story.", "authors": ["A B"], "dateline": "BAGHDAD"}`,
		"{\"id\": \"bad-utf8\", \"text\": \"Broken \xff text.\"}",
	}, "\n")
	var got []string
	for a, err := range Read(strings.NewReader(in), "batch.jsonl") {
		if err != nil {
			var e *dyad.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not a positioned error", err)
			}
			got = append(got, fmt.Sprintf("error line %d", e.Pos.Line))
			continue
		}
		got = append(got, fmt.Sprintf("%s %s %q %q %s %v", a.ID, a.PublishedString(), a.Title, a.Text, a.Dateline, a.Authors))
	}
	want := []string{
		`a1 2007-11-17 "T" "Iraq seeks talks."  []`,
		`42 2007-11-18 "" "Second story."  []`,
		"error line 4",
		"error line 5",
		"error line 6",
		`batch:7 2007-11-17T15:51:00Z "" "Third story." BAGHDAD [A B]`,
		"error line 8",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
	}{
		{"array", `[{"id":"a","text":"One."},{"text":"Two."},{"id":"c"}]`, "a,b[1],error"},
		{"record", "{\n \"id\": \"r\",\n \"text\": \"One.\"\n}", "r"},
		{"not records", `[1, 2]`, "error,error"},
		{"broken", `[{"id":`, "error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for a, err := range ReadJSON([]byte(tt.in), "dir/b.json") {
				if err != nil {
					got = append(got, "error")
					continue
				}
				got = append(got, a.ID)
			}
			if strings.Join(got, ",") != tt.want {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

func TestLongLine(t *testing.T) {
	long := `{"id":"big","text":"` + strings.Repeat("x", MaxLine) + `"}`
	in := long + "\n" + `{"id":"ok","text":"fine"}` + "\n"
	var ids []string
	var errs int
	for a, err := range Read(strings.NewReader(in), "b") {
		if err != nil {
			errs++
			continue
		}
		ids = append(ids, a.ID)
	}
	if errs != 1 || len(ids) != 1 || ids[0] != "ok" {
		t.Errorf("errs=%d ids=%v", errs, ids)
	}
}

func TestStopEarly(t *testing.T) {
	in := `{"text":"a"}` + "\n" + `{"text":"b"}` + "\n"
	n := 0
	for range Read(strings.NewReader(in), "b") {
		n++
		break
	}
	if n != 1 {
		t.Fatal(n)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(`{"id":"a","date":"2007-11-17","text":"x"}` + "\n" + `{"text":` + "\n")
	f.Add("\xff\x00\n\n{}")
	f.Fuzz(func(t *testing.T, in string) {
		for a, err := range Read(strings.NewReader(in), "f") {
			if (a == nil) == (err == nil) {
				t.Fatalf("article %v and error %v", a, err)
			}
			if a != nil && (a.ID == "" || strings.TrimSpace(a.Text) == "") {
				t.Fatalf("article without id or text: %+v", a)
			}
		}
	})
}

func ExampleRead() {
	in := `{"id": "s1", "date": "2007-11-17", "title": "Iraq seeks dialogue", "text": "Iraq wants the two sides to talk."}`
	for a, err := range Read(strings.NewReader(in), "batch.jsonl") {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a.ID, a.PublishedString(), a.Title)
	}
	// Output: s1 2007-11-17 Iraq seeks dialogue
}

func FuzzReadJSON(f *testing.F) {
	f.Add(`[{"id":"a","text":"One."},{"text":"Two."}]`)
	f.Add(`{"id": 3, "date": "2007-13-40", "text": ""}`)
	f.Fuzz(func(t *testing.T, in string) {
		for a, err := range ReadJSON([]byte(in), "f.json") {
			if (a == nil) == (err == nil) {
				t.Fatalf("article %v and error %v", a, err)
			}
		}
	})
}
