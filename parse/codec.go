package parse

import (
	"bufio"
	"fmt"
	"io"
	"slices"

	"github.com/dyadproject/dyad/internal/linear"
)

// WriteTo stores the parser: its labels and model.
func (p *Parser) WriteTo(w *bufio.Writer) error {
	linear.PutStrings(w, p.labels)
	var flags uint64
	if p.reverse {
		flags |= 1
	}
	linear.PutUvarint(w, flags)
	_, err := p.model.WriteTo(w)
	return err
}

// Read reads a parser written by WriteTo.
func Read(r io.ByteReader) (*Parser, error) {
	labels, err := linear.GetStrings(r, 1<<10)
	if err != nil {
		return nil, fmt.Errorf("parse: labels: %w", err)
	}
	root := slices.Index(labels, RootLabel)
	if root < 0 {
		return nil, fmt.Errorf("parse: %w: no %q label", linear.ErrFormat, RootLabel)
	}
	flags, err := linear.GetUvarint(r, 1)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	m, err := linear.Read(r)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if m.Classes() != numClasses(len(labels)) {
		return nil, fmt.Errorf("parse: %w: %d classes for %d labels", linear.ErrFormat, m.Classes(), len(labels))
	}
	return &Parser{model: m, labels: labels, root: root, reverse: flags&1 != 0}, nil
}
