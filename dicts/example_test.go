package dicts_test

import (
	"fmt"
	"io/fs"

	"github.com/dyadproject/dyad/dicts"
)

// The built-in dictionaries are plain files; a reader picks them by name.
func ExampleFS() {
	files, err := fs.Glob(dicts.FS(), "*.txt")
	if err != nil {
		panic(err)
	}
	for _, f := range files {
		fmt.Println(f)
	}
	// Output:
	// agents.txt
	// countries.actors.txt
	// discards.txt
	// groups.actors.txt
	// international.actors.txt
	// verbs-00-synsets.txt
	// verbs-01-statements.txt
	// verbs-02-appeals.txt
	// verbs-03-intent.txt
	// verbs-04-consult.txt
	// verbs-05-cooperation.txt
	// verbs-06-material.txt
	// verbs-07-aid.txt
	// verbs-08-yield.txt
	// verbs-09-investigate.txt
	// verbs-10-demand.txt
	// verbs-11-disapprove.txt
	// verbs-12-reject.txt
	// verbs-13-threaten.txt
	// verbs-14-protest.txt
	// verbs-15-force.txt
	// verbs-16-reduce.txt
	// verbs-17-coerce.txt
	// verbs-18-assault.txt
	// verbs-19-fight.txt
	// verbs-20-mass-violence.txt
	// verbs-light.txt
}
