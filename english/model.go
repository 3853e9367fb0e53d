// Package english is dyad's trained model of English: a part-of-speech
// tagger and a dependency parser learnt from Universal Dependencies
// treebanks, embedded in the binary. Load returns them ready to use; Train
// and WriteTo regenerate the embedded file ("dyad train").
//
// The model is derived from UD English EWT (CC BY-SA 4.0) and the CC BY
// genres of GUM (CC BY 4.0); see NOTICE in this directory.
package english

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/linear"
	"github.com/dyadproject/dyad/parse"
	"github.com/dyadproject/dyad/tag"
)

// Model is a tagger with the parser trained on its output. Parser is the
// one parser or, when the model has several, their voting ensemble.
type Model struct {
	Tagger  *tag.Tagger
	Parser  dyad.Parser
	Parsers []*parse.Parser
}

// newModel joins a tagger and parsers.
func newModel(t *tag.Tagger, ps []*parse.Parser) *Model {
	m := &Model{Tagger: t, Parsers: ps}
	if len(ps) == 1 {
		m.Parser = ps[0]
	} else {
		m.Parser = &parse.Ensemble{Parsers: ps}
	}
	return m
}

const magic = "dyad-english-1\n"

// Save writes the model gzip-compressed.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	if err := m.Tagger.WriteTo(bw); err != nil {
		return err
	}
	linear.PutUvarint(bw, uint64(len(m.Parsers)))
	for _, p := range m.Parsers {
		if err := p.WriteTo(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Read reads a model written by Save.
func Read(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	for i := 0; i < len(magic); i++ {
		if c, err := br.ReadByte(); err != nil || c != magic[i] {
			return nil, fmt.Errorf("english: %w: not a dyad English model", linear.ErrFormat)
		}
	}
	tg, err := tag.Read(br)
	if err != nil {
		return nil, fmt.Errorf("english: %w", err)
	}
	n, err := linear.GetUvarint(br, 16)
	if err != nil || n == 0 {
		return nil, fmt.Errorf("english: %w: no parser", linear.ErrFormat)
	}
	var ps []*parse.Parser
	for range n {
		p, err := parse.Read(br)
		if err != nil {
			return nil, fmt.Errorf("english: %w", err)
		}
		ps = append(ps, p)
	}
	return newModel(tg, ps), nil
}
