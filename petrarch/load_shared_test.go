package petrarch_test

import (
	"os"
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/petrarch"
)

func TestLoadPhoenix(t *testing.T) {
	dir := shared.Path(t, "petrarch", "phoenix")
	files, err := petrarch.FindFiles(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	set, errs := petrarch.Load(os.DirFS(dir), files)
	named := map[string]bool{}
	for _, l := range [][]string{files.Verbs, files.Actors, files.Agents, files.Discards, files.Issues} {
		for _, f := range l {
			named[f] = true
		}
	}
	for _, e := range errs {
		t.Log(e)
		// The files have a few broken lines; each is reported by line,
		// and none stops a file from loading.
		if !named[e.Pos.File] || e.Pos.Line < 1 {
			t.Errorf("error without file and line: %v", e)
		}
	}
	if len(files.Verbs) == 0 || len(files.Actors) == 0 || len(files.Agents) == 0 || len(files.Discards) == 0 || len(files.Issues) == 0 {
		t.Errorf("files not all found: %+v", files)
	}
	if len(set.Verbs.Blocks) == 0 || len(set.Actors.Entries) == 0 || set.Agents.Len() == 0 || len(set.Discards.Entries) == 0 || set.Issues.Len() == 0 {
		t.Error("a dictionary loaded empty")
	}
	t.Logf("files %+v", files)
	t.Logf("verb forms %d, blocks %d, actors %d phrases %d, agents %d, discards %d, issues %d, transforms %d, errors %d",
		set.Verbs.NumForms(), len(set.Verbs.Blocks), len(set.Actors.Entries), set.Actors.Len(), set.Agents.Len(),
		len(set.Discards.Entries), set.Issues.Len(), len(set.Verbs.Transforms), len(errs))
}

func TestLoadValidation(t *testing.T) {
	dir := shared.Path(t, "petrarch")
	files := petrarch.Files{Verbs: []string{"PETR.Validate.verbs.txt"}, Actors: []string{"PETR.Validate.actors.txt"},
		Agents: []string{"PETR.Validate.agents.txt"}, Discards: []string{"PETR.Validate.discards.txt"}}
	set, errs := petrarch.Load(os.DirFS(dir), files)
	for _, e := range errs {
		t.Log(e)
	}
	if len(errs) > 0 {
		t.Errorf("%d errors in the validation dictionaries", len(errs))
	}
	if len(set.Verbs.Blocks) == 0 || len(set.Actors.Entries) == 0 || set.Agents.Len() == 0 || len(set.Discards.Entries) == 0 {
		t.Error("a dictionary loaded empty")
	}
	t.Logf("verb forms %d, blocks %d, actors %d, agents %d", set.Verbs.NumForms(), len(set.Verbs.Blocks), len(set.Actors.Entries), set.Agents.Len())
}
