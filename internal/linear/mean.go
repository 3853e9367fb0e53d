package linear

import "fmt"

// Mean returns the model whose weights are the mean of the models' weights
// (all with the same classes). A linear model's score is a sum over its
// weights, so the mean model scores every decision with the mean of the
// models' scores: a greedy decoder using it is an ensemble of the models
// that costs one model's lookups, not one per model.
func Mean(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("linear: no models to average")
	}
	nclass := models[0].nclass
	index := map[uint64]int{}
	var keys []uint64
	type cw struct {
		c int32
		w float32
	}
	var rows [][]cw
	var cls []int32
	var ws []float32
	for _, m := range models {
		if m.nclass != nclass {
			return nil, fmt.Errorf("linear: averaging models of %d and %d classes", nclass, m.nclass)
		}
		// Slots in table order: deterministic for the same models.
		for i, s := range m.slots {
			if s == 0 {
				continue
			}
			k := m.key(i)
			r, ok := index[k]
			if !ok {
				r = len(rows)
				index[k] = r
				keys = append(keys, k)
				rows = append(rows, nil)
			}
			cls, ws = m.row(s, cls[:0], ws[:0])
		next:
			for j, c := range cls {
				w := ws[j] / float32(len(models))
				for q := range rows[r] {
					if rows[r][q].c == c {
						rows[r][q].w += w
						continue next
					}
				}
				rows[r] = append(rows[r], cw{c, w})
			}
		}
	}
	b := newBuilder(nclass)
	for r, row := range rows {
		cls, ws = cls[:0], ws[:0]
		for _, e := range row {
			if e.w != 0 {
				cls = append(cls, e.c)
				ws = append(ws, e.w)
			}
		}
		if len(cls) > 0 {
			b.add(keys[r], cls, ws)
		}
	}
	return b.build(0), nil
}
