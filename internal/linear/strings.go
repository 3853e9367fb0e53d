package linear

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// Small helpers for the model files of the packages built on this one.

// PutUvarint writes v as a varint.
func PutUvarint(w *bufio.Writer, v uint64) {
	var buf [binary.MaxVarintLen64]byte
	w.Write(buf[:binary.PutUvarint(buf[:], v)])
}

// PutString writes s with its length in front.
func PutString(w *bufio.Writer, s string) {
	PutUvarint(w, uint64(len(s)))
	w.WriteString(s)
}

// PutStrings writes a list of strings with its length in front.
func PutStrings(w *bufio.Writer, ss []string) {
	PutUvarint(w, uint64(len(ss)))
	for _, s := range ss {
		PutString(w, s)
	}
}

// maxString bounds a stored string, so a corrupt length cannot ask for
// gigabytes.
const maxString = 1 << 16

// GetUvarint reads a varint no larger than limit.
func GetUvarint(r io.ByteReader, limit uint64) (uint64, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if v > limit {
		return 0, fmt.Errorf("%w: number %d above %d", ErrFormat, v, limit)
	}
	return v, nil
}

// GetString reads a string written by PutString.
func GetString(r io.ByteReader) (string, error) {
	n, err := GetUvarint(r, maxString)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	for i := range b {
		if b[i], err = r.ReadByte(); err != nil {
			return "", fmt.Errorf("%w: %v", ErrFormat, err)
		}
	}
	return string(b), nil
}

// GetStrings reads a list written by PutStrings, of at most limit strings.
func GetStrings(r io.ByteReader, limit uint64) ([]string, error) {
	n, err := GetUvarint(r, limit)
	if err != nil {
		return nil, err
	}
	ss := make([]string, 0, min(n, 1024))
	for range n {
		s, err := GetString(r)
		if err != nil {
			return nil, err
		}
		ss = append(ss, s)
	}
	return ss, nil
}
