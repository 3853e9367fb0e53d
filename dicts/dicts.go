// Package dicts holds dyad's built-in dictionaries: actors (countries and
// territories, international organisations, armed groups and parties, dated
// office holders), agent nouns, discard phrases and CAMEO verb patterns,
// written by the project in the PETRARCH/TABARI text formats and embedded in
// the binary.
//
// The files are plain text so that users can read, copy and edit them; a
// folder of such files (or of PETRARCH/Phoenix dictionaries) given with
// "dyad code --dicts DIR" replaces the built-in set. docs/dictionaries.md
// describes the format and the code scheme.
//
// File names say what a file holds, which is how a reader picks its parser:
//
//	*.actors.txt          actor dictionaries (leaders/ holds office holders)
//	agents.txt            agent nouns with their roles
//	discards.txt          phrases that mark sentences or stories not to code
//	verbs-*.txt           verb patterns by CAMEO root (verbs-00-synsets.txt,
//	                      read first, holds the synonym sets they share)
//
// leaders/README.md documents the office-holder conventions.
package dicts

import (
	"embed"
	"io/fs"
)

// files embeds the top folder and the office holders kept in leaders/.
//
//go:embed *.txt leaders/*.txt
var files embed.FS

// FS returns the built-in dictionary files, with paths relative to this
// folder (e.g. "countries.actors.txt", "leaders/usa.actors.txt").
func FS() fs.FS { return files }
