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

// keyBits is how many bits of a feature hash a model keeps: enough that a
// few million features almost never collide, few enough that the sorted
// keys delta-encode to about three bytes each.
const keyBits = 40

const keyMask = 1<<keyBits - 1

const magic = "dyad-linear-1\n"

// WriteTo stores the model compactly: keys sorted and delta-coded, then the
// run lengths, the classes and the quantised weights, each column after
// the other so that a compressor around w finds their regularities. It
// returns the number of bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	type row struct {
		key  uint64
		slot uint64
	}
	var rows []row
	for i, s := range m.slots {
		if s != 0 {
			rows = append(rows, row{m.key(i), s})
		}
	}
	slices.SortFunc(rows, func(a, b row) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	cw.WriteString(magic)
	cw.uvarint(uint64(m.nclass))
	cw.uvarint(uint64(len(rows)))
	cw.uvarint(uint64(math.Float32bits(m.scale)))
	var prev uint64
	for _, r := range rows {
		cw.uvarint(r.key - prev)
		prev = r.key
	}
	// Runs in class order, quantised weights as they are stored.
	var cls []int32
	var ws []float32
	runs := make([][]pair, len(rows))
	for i, r := range rows {
		cls, ws = m.row(r.slot, cls[:0], ws[:0])
		run := make([]pair, len(cls))
		for j := range cls {
			run[j] = pair{uint16(cls[j]), int16(math.Round(float64(ws[j] / m.scale)))}
		}
		slices.SortFunc(run, func(a, b pair) int { return int(a.class) - int(b.class) })
		runs[i] = run
		cw.uvarint(uint64(len(run)))
	}
	for _, run := range runs {
		last := 0
		for _, p := range run {
			cw.uvarint(uint64(int(p.class) - last))
			last = int(p.class)
		}
	}
	for _, run := range runs {
		for _, p := range run {
			cw.varint(int64(p.w))
		}
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
	if nclass == 0 || nclass > MaxClasses || nrows > 1<<28 || !(scale > 0) {
		return nil, fmt.Errorf("%w: %d classes, %d features, scale %g", ErrFormat, nclass, nrows, scale)
	}
	b := newBuilder(int(nclass))
	b.fkeys = make([]uint64, 0, min(nrows, 1<<20))
	var key uint64
	for range nrows {
		key += uv()
		b.fkeys = append(b.fkeys, key)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
	}
	b.start = make([]uint32, 1, min(nrows, 1<<20)+1)
	var total uint64
	for range nrows {
		n := uv()
		total += n
		if err == nil && (total > 1<<30 || n > nclass || n == 0) {
			err = fmt.Errorf("bad run of %d weights", n)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		b.start = append(b.start, uint32(total))
	}
	if total >= 1<<startBits {
		return nil, fmt.Errorf("%w: %d weights", ErrFormat, total)
	}
	b.classes = make([]uint16, 0, min(total, 1<<22))
	for i := range nrows {
		c := uint64(0)
		for j := b.start[i]; j < b.start[i+1]; j++ {
			c += uv()
			if err == nil && c >= nclass {
				err = fmt.Errorf("class %d of %d", c, nclass)
			}
			if err != nil {
				return nil, fmt.Errorf("%w: %v", ErrFormat, err)
			}
			b.classes = append(b.classes, uint16(c))
		}
	}
	b.weights = make([]float32, 0, min(total, 1<<22))
	for range total {
		var v int64
		v, err = binary.ReadVarint(r)
		if err == nil && (v > 32767 || v < -32767) {
			err = fmt.Errorf("weight %d out of range", v)
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		b.weights = append(b.weights, float32(v)*scale)
	}
	return b.build(scale), nil
}
