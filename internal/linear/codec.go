package linear

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// keyBits is how many bits of a feature hash a stored model keeps: enough
// that a few million features almost never collide, few enough that the
// sorted keys delta-encode to about three bytes each.
const keyBits = 40

const keyMask = 1<<keyBits - 1

const magic = "dyad-linear-1\n"

// WriteTo stores the model compactly: keys sorted and delta-coded, weights
// quantised to 16 bits with one scale for the model. Columns are written
// one after the other so that a compressor around w finds their regularity.
// It returns the number of bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	nrows := m.Features()
	order := make([]int, nrows)
	keyOfRow := make([]uint64, nrows)
	for i, k := range m.keys {
		if k != 0 {
			keyOfRow[m.rowOf[i]] = k
		}
	}
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case keyOfRow[a] < keyOfRow[b]:
			return -1
		case keyOfRow[a] > keyOfRow[b]:
			return 1
		}
		return 0
	})
	var maxAbs float32
	for _, v := range m.weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	q := func(v float32) int64 { return int64(math.Round(float64(v / scale))) }

	cw.WriteString(magic)
	cw.uvarint(uint64(m.nclass))
	cw.uvarint(uint64(nrows))
	cw.uvarint(uint64(math.Float32bits(scale)))
	var prev uint64
	for _, r := range order {
		cw.uvarint(keyOfRow[r] - prev)
		prev = keyOfRow[r]
	}
	// Per row: how many weights survive quantisation.
	counts := make([]int, nrows)
	for i, r := range order {
		for j := m.start[r]; j < m.start[r+1]; j++ {
			if q(m.weights[j]) != 0 {
				counts[i]++
			}
		}
		cw.uvarint(uint64(counts[i]))
	}
	type pair struct {
		c uint16
		w int64
	}
	var row []pair
	var ws []int64
	for _, r := range order {
		row = row[:0]
		for j := m.start[r]; j < m.start[r+1]; j++ {
			if v := q(m.weights[j]); v != 0 {
				row = append(row, pair{m.classes[j], v})
			}
		}
		slices.SortFunc(row, func(a, b pair) int { return int(a.c) - int(b.c) })
		last := 0
		for _, p := range row {
			cw.uvarint(uint64(int(p.c) - last))
			last = int(p.c)
			ws = append(ws, p.w)
		}
	}
	for _, v := range ws {
		cw.varint(v)
	}
	if err := cw.w.Flush(); err != nil && cw.err == nil {
		cw.err = err
	}
	return cw.n, cw.err
}

type countWriter struct {
	w   *bufio.Writer
	n   int64
	err error
	buf [binary.MaxVarintLen64]byte
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func (c *countWriter) WriteString(s string) { c.Write([]byte(s)) }
func (c *countWriter) uvarint(v uint64)     { c.Write(c.buf[:binary.PutUvarint(c.buf[:], v)]) }
func (c *countWriter) varint(v int64)       { c.Write(c.buf[:binary.PutVarint(c.buf[:], v)]) }

// ErrFormat reports a stored model that cannot be read.
var ErrFormat = errors.New("linear: malformed model")

// Read reads a model written by WriteTo.
func Read(r io.ByteReader) (*Model, error) {
	for i := 0; i < len(magic); i++ {
		c, err := r.ReadByte()
		if err != nil || c != magic[i] {
			return nil, fmt.Errorf("%w: bad header", ErrFormat)
		}
	}
	var err error
	uv := func() uint64 {
		if err != nil {
			return 0
		}
		var v uint64
		v, err = binary.ReadUvarint(r)
		return v
	}
	nclass := uv()
	nrows := uv()
	scale := math.Float32frombits(uint32(uv()))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if nclass > 1<<16 || nrows > 1<<30 {
		return nil, fmt.Errorf("%w: %d classes, %d features", ErrFormat, nclass, nrows)
	}
	b := newBuilder(int(nclass))
	b.fkeys = make([]uint64, nrows)
	var key uint64
	for i := range b.fkeys {
		key += uv()
		b.fkeys[i] = key
	}
	b.start = make([]uint32, nrows+1)
	var total uint64
	for i := range nrows {
		total += uv()
		if err == nil && total > 1<<31 {
			err = errors.New("too many weights")
		}
		b.start[i+1] = uint32(total)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	b.classes = make([]uint16, total)
	for i := range nrows {
		c := uint64(0)
		for j := b.start[i]; j < b.start[i+1]; j++ {
			c += uv()
			if err == nil && c >= nclass {
				err = fmt.Errorf("class %d of %d", c, nclass)
			}
			b.classes[j] = uint16(c)
		}
	}
	b.weights = make([]float32, total)
	for j := range b.weights {
		var v int64
		if err == nil {
			v, err = binary.ReadVarint(r)
		}
		b.weights[j] = float32(v) * scale
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	return b.build(), nil
}
