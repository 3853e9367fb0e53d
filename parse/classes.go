package parse

// Classes of the transition classifier: 0 is SHIFT, then LEFT and RIGHT for
// each label, interleaved.
const shiftClass = 0

func leftClass(l int) int  { return 1 + 2*l }
func rightClass(l int) int { return 2 + 2*l }

// decode returns the move and label of a class.
func decode(c int) (move, label int) {
	if c == shiftClass {
		return moveShift, -1
	}
	c--
	return moveLeft + c%2, c / 2
}

const (
	moveShift = iota
	moveLeft
	moveRight
)

func numClasses(labels int) int { return 1 + 2*labels }

// apply performs class c on st.
func apply(st *state, c int) {
	m, l := decode(c)
	switch m {
	case moveShift:
		st.shift()
	case moveLeft:
		st.left(int32(l))
	default:
		st.right(int32(l))
	}
}

// best returns the highest-scoring class that is valid in st; root is the
// root label, which only the attachment to the root may carry.
func best(st *state, scores []float32, root int) int {
	bestC, bestV := -1, float32(0)
	consider := func(c int) {
		if bestC < 0 || scores[c] > bestV {
			bestC, bestV = c, scores[c]
		}
	}
	if st.canShift() {
		consider(shiftClass)
	}
	nl := (len(scores) - 1) / 2
	if ok, rootOnly := st.canLeft(); ok {
		if rootOnly {
			consider(leftClass(root))
		} else {
			for l := range nl {
				if l != root {
					consider(leftClass(l))
				}
			}
		}
	}
	if st.canRight() {
		for l := range nl {
			if l != root {
				consider(rightClass(l))
			}
		}
	}
	return bestC
}
