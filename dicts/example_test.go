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
}
