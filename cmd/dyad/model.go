package main

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/english"
)

// analysisModel returns dyad's trained tagger and parser, read once from
// the model embedded in the binary.
func analysisModel() (dyad.Tagger, dyad.Parser, error) {
	m, err := english.Load()
	if err != nil {
		return nil, nil, err
	}
	return m.Tagger, m.Parser, nil
}
