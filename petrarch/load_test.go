package petrarch_test

import (
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/petrarch"
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func TestFindFiles(t *testing.T) {
	tests := []struct {
		name    string
		fsys    fstest.MapFS
		want    petrarch.Files
		wantErr bool
	}{
		{
			name: "config names the files",
			fsys: fstest.MapFS{
				"PETR_config.ini": file("# comment\n[Dictionaries]\n" +
					"verbfile_name    = My.verbs.dict\n" +
					"actorfile_list   = A.actors.txt, ./sub/B.actors.txt ,\n" +
					"; legacy comment\n" +
					"#agentfile_name = Commented.agents.txt\n" +
					"AgentFile_Name   = Z.agents.txt\n" +
					"discardfile_name = Z.discards.txt\n" +
					"issuefile_name   = Z.issues.txt\n" +
					"not a key\n" +
					"[Options]\n" +
					"verbfile_name = Ignored.verbs.txt\n"),
				"Other.verbs.txt": file(""),
			},
			want: petrarch.Files{
				Verbs:    []string{"My.verbs.dict"},
				Actors:   []string{"A.actors.txt", "sub/B.actors.txt"},
				Agents:   []string{"Z.agents.txt"},
				Discards: []string{"Z.discards.txt"},
				Issues:   []string{"Z.issues.txt"},
			},
		},
		{
			name: "config without verbs falls back to names",
			fsys: fstest.MapFS{
				"PETR_config.ini":   file("[Dictionaries]\nactorfile_list = X.actors.txt\n"),
				"Mine.verbs.txt":    file(""),
				"Mine.actors.txt":   file(""),
				"Mine.agents.txt":   file(""),
				"Mine.discards.txt": file(""),
			},
			want: petrarch.Files{
				Verbs:    []string{"Mine.verbs.txt"},
				Actors:   []string{"Mine.actors.txt"},
				Agents:   []string{"Mine.agents.txt"},
				Discards: []string{"Mine.discards.txt"},
			},
		},
		{
			name: "by name, sorted, case-insensitive",
			fsys: fstest.MapFS{
				"CAMEO.9.txt":           file(""),
				"b.Actors.TXT":          file(""),
				"a.actors.txt":          file(""),
				"x.AGENTS.txt":          file(""),
				"Issue.Coding.txt":      file(""),
				"notes.md":              file(""),
				"verbs.txt.bak":         file(""),
				"dir.actors.txt/inside": file(""),
			},
			want: petrarch.Files{
				Verbs:  []string{"CAMEO.9.txt"},
				Actors: []string{"a.actors.txt", "b.Actors.TXT"},
				Agents: []string{"x.AGENTS.txt"},
				Issues: []string{"Issue.Coding.txt"},
			},
		},
		{
			name:    "no actors",
			fsys:    fstest.MapFS{"x.verbs.txt": file("")},
			want:    petrarch.Files{Verbs: []string{"x.verbs.txt"}},
			wantErr: true,
		},
		{
			name:    "empty folder",
			fsys:    fstest.MapFS{},
			wantErr: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := petrarch.FindFiles(tt.fsys)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindFiles = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"v.txt":  file("--- MEET [040] ---\nMEET\n- $ * WITH_+ [043]\n- * +\n"),
		"a1.txt": file("SYLDAVIA [SYL]\n"),
		"a2.txt": file("BORDURIA [BOR\nSAN_THEODOROS [STH]\n"),
		"g.txt":  file("GENDARME [~COP]\n"),
		"d.txt":  file("+HOROSCOPE\n"),
		"i.txt":  file("<ISSUE CATEGORY=\"FARMING\">\nharvest [CROPS]\n</ISSUE>\n"),
	}
	set, errs := petrarch.Load(fsys, petrarch.Files{
		Verbs:    []string{"v.txt"},
		Actors:   []string{"a1.txt", "missing.txt", "a2.txt"},
		Agents:   []string{"g.txt"},
		Discards: []string{"d.txt"},
		Issues:   []string{"i.txt"},
	})
	// Errors name the file they come from; a missing file does not stop
	// the others.
	want := []struct {
		file string
		line int
		msg  string
	}{
		{"v.txt", 4, "has no [code]"},
		{"missing.txt", 0, "cannot read dictionary"},
		{"a2.txt", 1, "unclosed '['"},
	}
	if len(errs) != len(want) {
		t.Fatalf("errors = %v", errs)
	}
	for i, w := range want {
		e := errs[i]
		if e.Pos.File != w.file || e.Pos.Line != w.line || !strings.Contains(e.Error(), w.msg) {
			t.Errorf("error %d = %v, want %s:%d %q", i, e, w.file, w.line, w.msg)
		}
	}
	if !errors.Is(errs[1], fs.ErrNotExist) {
		t.Errorf("missing file error does not wrap fs.ErrNotExist: %v", errs[1])
	}
	if n := len(set.Actors.Entries); n != 2 {
		t.Errorf("%d actors, want 2 (SYLDAVIA, SAN_THEODOROS)", n)
	}
	if len(set.Verbs.Lookup("MET")) != 0 || len(set.Verbs.Lookup("MEETS")) != 1 {
		t.Error("verbs not loaded")
	}
	if set.Agents.Len() != 2 || len(set.Discards.Entries) != 1 || set.Issues.Len() != 1 {
		t.Errorf("agents %d, discards %d, issues %d", set.Agents.Len(), len(set.Discards.Entries), set.Issues.Len())
	}
}
