package tree_test

import (
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/tree"
)

// FuzzNew builds trees from arbitrary heads: no panic, the cleaned heads
// are in range and acyclic, and every token lies within its extent.
func FuzzNew(f *testing.F) {
	f.Add([]byte{1, 2, 0})
	f.Add([]byte{255, 0, 0, 3})
	f.Add([]byte{1, 0, 1, 5, 3, 4})
	f.Fuzz(func(t *testing.T, heads []byte) {
		s := &dyad.Sentence{}
		for _, h := range heads {
			s.Tokens = append(s.Tokens, dyad.Token{Text: "w", Head: int(int8(h))})
		}
		tr := tree.New(s)
		n := tr.Len()
		for i := range n {
			h := tr.Head(i)
			if h < -1 || h >= n || h == i {
				t.Fatalf("token %d: head %d", i, h)
			}
			steps := 0
			for j := i; j >= 0; j = tr.Head(j) {
				if steps++; steps > n {
					t.Fatalf("token %d: cycle", i)
				}
				if tr.Lo[j] > i || tr.Hi[j] < i {
					t.Fatalf("token %d outside the extent [%d, %d] of its ancestor %d", i, tr.Lo[j], tr.Hi[j], j)
				}
			}
		}
	})
}
