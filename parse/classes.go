package parse

// Moves of the transition system.
const (
	moveShift = iota
	moveLeft
	moveRight
)

// classSet lists the classes of the transition classifier: SHIFT, and
// LEFT and RIGHT with each relation seen often enough in that direction in
// training ("det" is almost never a right dependent): fewer classes make
// scoring faster and rule out what the treebanks never do.
type classSet struct {
	move  []int8  // per class
	label []int32 // per class; -1 for SHIFT
	root  int32   // index of the root relation
}

// defaultMinDirection is how often a relation must occur in one direction
// in the training data to get a class, unless TrainOptions say otherwise.
const defaultMinDirection = 5

func (cs *classSet) len() int { return len(cs.move) }

// apply performs class c on st.
func (cs *classSet) apply(st *state, c int) {
	switch cs.move[c] {
	case moveShift:
		st.shift()
	case moveLeft:
		st.left(cs.label[c])
	default:
		st.right(cs.label[c])
	}
}

// valid reports whether class c can be applied in st.
func (cs *classSet) valid(st *state, c int) bool {
	switch cs.move[c] {
	case moveShift:
		return st.canShift()
	case moveLeft:
		ok, rootOnly := st.canLeft()
		return ok && (cs.label[c] == cs.root) == rootOnly
	default:
		return st.canRight() && cs.label[c] != cs.root
	}
}

// best returns the highest-scoring class that is valid in st.
func (cs *classSet) best(st *state, scores []float32) int {
	b, _ := cs.bestTwo(st, scores)
	return b
}

// bestTwo returns the highest-scoring valid class and the next (-1 when
// there is none).
func (cs *classSet) bestTwo(st *state, scores []float32) (int, int) {
	canShift, canRight := st.canShift(), st.canRight()
	canLeft, rootOnly := st.canLeft()
	bestC, bestV := -1, float32(0)
	secondC, secondV := -1, float32(0)
	for c, m := range cs.move {
		switch m {
		case moveShift:
			if !canShift {
				continue
			}
		case moveLeft:
			if !canLeft || (cs.label[c] == cs.root) != rootOnly {
				continue
			}
		default:
			if !canRight || cs.label[c] == cs.root {
				continue
			}
		}
		switch v := scores[c]; {
		case bestC < 0 || v > bestV:
			secondC, secondV = bestC, bestV
			bestC, bestV = c, v
		case secondC < 0 || v > secondV:
			secondC, secondV = c, v
		}
	}
	return bestC, secondC
}
