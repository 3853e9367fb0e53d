package parse

import (
	"fmt"
	"slices"

	"github.com/dyadproject/dyad/internal/linear"
)

// Mean returns one parser whose weights are the mean of the parsers'
// weights. The parsers must share their relations and direction, as
// parsers trained on the same data with different seeds do. Each decision
// of the result is made on the parsers' mean score, so it is an ensemble of
// the parsers at the speed of one (Parse reads one model). The result has
// no reviser.
func Mean(ps ...*Parser) (*Parser, error) {
	if len(ps) == 0 {
		return nil, fmt.Errorf("parse: no parsers to average")
	}
	first := ps[0]
	models := make([]*linear.Model, len(ps))
	for i, p := range ps {
		if !slices.Equal(p.labels, first.labels) || !slices.Equal(p.classes.move, first.classes.move) ||
			!slices.Equal(p.classes.label, first.classes.label) || p.reverse != first.reverse {
			return nil, fmt.Errorf("parse: parser %d has other relations or direction than parser 1", i+1)
		}
		if p.super != nil {
			return nil, fmt.Errorf("parse: parsers with supertaggers cannot be averaged")
		}
		models[i] = p.model
	}
	m, err := linear.Mean(models...)
	if err != nil {
		return nil, err
	}
	q := *first
	q.model = m
	q.SetReviser(nil) // a reviser learns one parser's mistakes
	return &q, nil
}
