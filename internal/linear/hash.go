// Package linear holds the sparse linear models behind the tagger and the
// parser: features are 64-bit hashes, each with a short list of class
// weights; training is the averaged perceptron, and a trained model is
// frozen into a compact, read-only form that is fast to score with and
// small to store.
package linear

// The hashes are fixed functions (not hash/maphash, whose seed changes from
// run to run) so that training is deterministic and a stored model keeps
// meaning the same features.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// String hashes s with 64-bit FNV-1a.
func String(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Mix combines a hash with another value; Mix(Mix(t, a), b) differs from
// Mix(Mix(t, b), a), so templates stay apart from their argument order.
func Mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// Feature returns the key of template t (a small constant per template)
// over the values vs.
func Feature(t uint64, vs ...uint64) uint64 {
	h := Mix(0x51ed270b27e4a3c1, t)
	for _, v := range vs {
		h = Mix(h, v)
	}
	return h
}

// F1, F2 and F3 are Feature for one, two and three values without the
// variadic slice, for the hot loops.
func F1(t, a uint64) uint64       { return Mix(Mix(0x51ed270b27e4a3c1, t), a) }
func F2(t, a, b uint64) uint64    { return Mix(F1(t, a), b) }
func F3(t, a, b, c uint64) uint64 { return Mix(F2(t, a, b), c) }
