package main

import (
	"errors"

	"github.com/dyadproject/dyad"
)

// analysisModel returns dyad's trained tagger and parser.
//
// TEMPORARY: replaced when the trained model lands on main.
func analysisModel() (dyad.Tagger, dyad.Parser, error) {
	return nil, nil, errors.New("the tagger and parser model is not built into this binary yet")
}
