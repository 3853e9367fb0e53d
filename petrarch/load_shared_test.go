package petrarch_test

import (
	"os"
	"path/filepath"
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
	for _, e := range errs {
		t.Log(e)
	}
	t.Logf("files %+v", files)
	t.Logf("verb forms %d, blocks %d, actors %d phrases %d, agents %d, discards %d, issues %d, transforms %d, errors %d",
		set.Verbs.NumForms(), len(set.Verbs.Blocks), len(set.Actors.Entries), set.Actors.Len(), set.Agents.Len(),
		len(set.Discards.Entries), set.Issues.Len(), len(set.Verbs.Transforms), len(errs))
	_ = filepath.Join
}

func TestLoadValidation(t *testing.T) {
	dir := shared.Path(t, "petrarch")
	files := petrarch.Files{Verbs: []string{"PETR.Validate.verbs.txt"}, Actors: []string{"PETR.Validate.actors.txt"},
		Agents: []string{"PETR.Validate.agents.txt"}, Discards: []string{"PETR.Validate.discards.txt"}}
	set, errs := petrarch.Load(os.DirFS(dir), files)
	for _, e := range errs {
		t.Log(e)
	}
	t.Logf("verb forms %d, blocks %d, actors %d, agents %d", set.Verbs.NumForms(), len(set.Verbs.Blocks), len(set.Actors.Entries), set.Agents.Len())
}
