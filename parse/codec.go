package parse

import (
	"bufio"
	"fmt"
	"io"
	"slices"

	"github.com/dyadproject/dyad/internal/linear"
)

// WriteTo stores the parser: its labels and model, and its supertagger
// when it has one.
func (p *Parser) WriteTo(w *bufio.Writer) error {
	linear.PutStrings(w, p.labels)
	var flags uint64
	if p.reverse {
		flags |= flagReverse
	}
	if p.super != nil {
		flags |= flagSuper
	}
	if p.reviser != nil {
		flags |= flagRevise
	}

	linear.PutUvarint(w, flags)
	linear.PutUvarint(w, uint64(p.classes.len()))
	for c, m := range p.classes.move {
		linear.PutUvarint(w, uint64(m))
		linear.PutUvarint(w, uint64(p.classes.label[c]+1))
	}
	if _, err := p.model.WriteTo(w); err != nil {
		return err
	}
	if p.super != nil {
		linear.PutStrings(w, p.super.names)
		if _, err := p.super.model.WriteTo(w); err != nil {
			return err
		}
	}
	if p.reviser != nil {
		if _, err := p.reviser.model.WriteTo(w); err != nil {
			return err
		}
		if _, err := p.reviser.labels.WriteTo(w); err != nil {
			return err
		}
	}

	return nil
}

// Flags of a stored parser.
const (
	flagReverse = 1 << iota // reads right to left
	flagSuper               // supertags first: the supertags and their model follow
	flagRevise              // trees are revised: the reviser's two models follow
)

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
	flags, err := linear.GetUvarint(r, flagReverse|flagSuper|flagRevise)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	cs := classSet{root: int32(root)}
	n, err := linear.GetUvarint(r, linear.MaxClasses)
	if err != nil {
		return nil, fmt.Errorf("parse: classes: %w", err)
	}
	hasRoot := false
	for range n {
		m, err := linear.GetUvarint(r, moveRight)
		if err != nil {
			return nil, fmt.Errorf("parse: classes: %w", err)
		}
		l, err := linear.GetUvarint(r, uint64(len(labels)))
		if err != nil {
			return nil, fmt.Errorf("parse: classes: %w", err)
		}
		if (m == moveShift) != (l == 0) {
			return nil, fmt.Errorf("parse: classes: %w: move %d with label %d", linear.ErrFormat, m, l)
		}
		hasRoot = hasRoot || m == moveLeft && int(l)-1 == root
		cs.move = append(cs.move, int8(m))
		cs.label = append(cs.label, int32(l)-1)
	}
	if !hasRoot || len(cs.move) == 0 || cs.move[0] != moveShift {
		return nil, fmt.Errorf("parse: classes: %w: no SHIFT or no root attachment", linear.ErrFormat)
	}
	m, err := linear.Read(r)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if m.Classes() != cs.len() {
		return nil, fmt.Errorf("parse: %w: %d classes in the model, %d listed", linear.ErrFormat, m.Classes(), cs.len())
	}
	p := &Parser{model: m, labels: labels, classes: cs, reverse: flags&flagReverse != 0}
	if flags&flagSuper != 0 {
		if p.super, err = readSupertagger(r); err != nil {
			return nil, fmt.Errorf("parse: supertags: %w", err)
		}
	}
	if flags&flagRevise != 0 {
		rm, err := linear.Read(r)
		if err != nil {
			return nil, fmt.Errorf("parse: reviser: %w", err)
		}
		if rm.Classes() != 1 {
			return nil, fmt.Errorf("parse: reviser: %w: %d classes", linear.ErrFormat, rm.Classes())
		}
		lm, err := linear.Read(r)
		if err != nil {
			return nil, fmt.Errorf("parse: reviser: %w", err)
		}
		if lm.Classes() != len(labels) {
			return nil, fmt.Errorf("parse: reviser: %w: %d relation classes for %d relations", linear.ErrFormat, lm.Classes(), len(labels))
		}
		p.SetReviser(&Reviser{model: rm, labels: lm})
	}
	return p, nil
}
