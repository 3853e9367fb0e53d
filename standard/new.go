package standard

import (
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/code"
	"github.com/dyadproject/dyad/english"
	"github.com/dyadproject/dyad/segment"
)

// New builds the standard pipeline: dyad's sentence splitter and
// tokenizer, its own English tagger and parser, and the coder with the
// news options and the built-in dictionaries (or the PETRARCH/Phoenix
// files in dictsDir). Undated articles are coded as of defaultDate, or
// refused when it is zero. Dictionary lines that could not be read are
// returned with the pipeline.
func New(dictsDir string, defaultDate dyad.Date) (*Pipeline, dyad.ErrorList, error) {
	set, errs, err := LoadDicts(dictsDir)
	if err != nil {
		return nil, nil, fmt.Errorf("dictionaries: %w", err)
	}
	m, err := english.Load()
	if err != nil {
		return nil, errs, fmt.Errorf("english model: %w", err)
	}
	return &Pipeline{
		Segmenter:   segment.New(),
		Tagger:      m.Tagger,
		Parser:      m.Parser,
		Coder:       code.New(set, code.NewsOptions()),
		DefaultDate: defaultDate,
	}, errs, nil
}
