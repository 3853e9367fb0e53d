package petrarch

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// Files names the files of a dictionary set, relative to a folder.
type Files struct {
	Verbs    []string
	Actors   []string
	Agents   []string
	Discards []string
	Issues   []string
}

// Load reads the files of a set from fsys. Errors in single lines are
// returned in the list and the rest is still loaded; a file that cannot be
// opened is an error too, and the other files are loaded.
func Load(fsys fs.FS, files Files) (*dict.Set, dyad.ErrorList) {
	set := dict.NewSet()
	var all dyad.ErrorList
	read := func(names []string, fn func(file, data string) dyad.ErrorList) {
		for _, name := range names {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				all = append(all, &dyad.Error{Pos: dyad.Pos{File: name}, Msg: "cannot read dictionary", Err: err})
				continue
			}
			all = append(all, fn(name, string(data))...)
		}
	}
	read(files.Verbs, func(f, d string) dyad.ErrorList { return ReadVerbs(set.Verbs, f, d) })
	read(files.Actors, func(f, d string) dyad.ErrorList { return ReadActors(set.Actors, f, d) })
	read(files.Agents, func(f, d string) dyad.ErrorList { return ReadAgents(set.Agents, f, d) })
	read(files.Discards, func(f, d string) dyad.ErrorList { return ReadDiscards(set.Discards, f, d) })
	read(files.Issues, func(f, d string) dyad.ErrorList { return ReadIssues(set.Issues, f, d) })
	return set, all
}

// FindFiles works out the dictionary files of a folder: those named by the
// [Dictionaries] section of a PETR_config.ini in it when there is one, else
// by their names (*verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt,
// *discards*.txt, *issue*.txt, case-insensitively).
func FindFiles(fsys fs.FS) (Files, error) {
	if data, err := fs.ReadFile(fsys, "PETR_config.ini"); err == nil {
		f, err := configFiles(string(data))
		if err == nil && len(f.Verbs) > 0 && len(f.Actors) > 0 {
			return f, nil
		}
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return Files{}, err
	}
	var f Files
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		name := e.Name()
		low := strings.ToLower(name)
		if !strings.HasSuffix(low, ".txt") {
			continue
		}
		switch {
		case strings.Contains(low, "verbs") || strings.HasPrefix(low, "cameo"):
			f.Verbs = append(f.Verbs, name)
		case strings.Contains(low, "actors"):
			f.Actors = append(f.Actors, name)
		case strings.Contains(low, "agents"):
			f.Agents = append(f.Agents, name)
		case strings.Contains(low, "discards"):
			f.Discards = append(f.Discards, name)
		case strings.Contains(low, "issue"):
			f.Issues = append(f.Issues, name)
		}
	}
	for _, l := range [][]string{f.Verbs, f.Actors, f.Agents, f.Discards, f.Issues} {
		sort.Strings(l)
	}
	if len(f.Verbs) == 0 || len(f.Actors) == 0 {
		return f, fmt.Errorf("no verb and actor dictionaries found (want *verbs*.txt or CAMEO*.txt and *actors*.txt, or a PETR_config.ini)")
	}
	return f, nil
}

// configFiles reads the [Dictionaries] section of a PETR_config.ini.
func configFiles(data string) (Files, error) {
	var f Files
	section := ""
	for _, l := range strings.Split(data, "\n") {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, ";") {
			continue
		}
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			section = strings.ToLower(strings.Trim(t, "[]"))
			continue
		}
		if section != "dictionaries" {
			continue
		}
		key, val, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		var names []string
		for _, n := range strings.Split(val, ",") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, path.Clean(n))
			}
		}
		switch strings.TrimSpace(strings.ToLower(key)) {
		case "verbfile_name":
			f.Verbs = names
		case "actorfile_list":
			f.Actors = names
		case "agentfile_name":
			f.Agents = names
		case "discardfile_name":
			f.Discards = names
		case "issuefile_name":
			f.Issues = names
		}
	}
	return f, nil
}
