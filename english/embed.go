package english

import (
	"bytes"
	_ "embed"
	"sync"
)

// modelFile is written by "dyad train" (see the README).
//
//go:embed model.gz
var modelFile []byte

var load = sync.OnceValues(func() (*Model, error) {
	return Read(bytes.NewReader(modelFile))
})

// Load returns the embedded model, read once on first use and shared
// after: the tagger and parser are read-only and safe for concurrent use.
func Load() (*Model, error) { return load() }

// Size returns the size in bytes of the embedded model file.
func Size() int { return len(modelFile) }
