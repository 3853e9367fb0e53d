package ptb

import "strings"

// headChild returns the index (into n.Kids) of the head of n.Kids[lo:hi].
// The rules follow the Collins head table, changed where Universal
// Dependencies makes content words heads: a VP with an auxiliary is headed
// by its inner VP, a copular VP by its predicate, a PP by its object.
func headChild(n *Node, lo, hi int) int {
	kids := n.Kids[lo:hi]
	pick := func(i int) int { return lo + i }
	first := func(labels ...string) int {
		for i, k := range kids {
			for _, l := range labels {
				if k.Label == l {
					return i
				}
			}
		}
		return -1
	}
	last := func(labels ...string) int {
		for i := len(kids) - 1; i >= 0; i-- {
			for _, l := range labels {
				if kids[i].Label == l {
					return i
				}
			}
		}
		return -1
	}
	firstContent := func() int {
		for i, k := range kids {
			if !isPunct(k.Label) {
				return i
			}
		}
		return 0
	}
	lastContent := func() int {
		for i := len(kids) - 1; i >= 0; i-- {
			if !isPunct(kids[i].Label) {
				return i
			}
		}
		return len(kids) - 1
	}
	try := func(idx ...int) int {
		for _, i := range idx {
			if i >= 0 {
				return i
			}
		}
		return -1
	}

	switch n.Label {
	case "S", "SQ", "SINV", "SBARQ":
		if i := try(first("VP"), first("S", "SINV", "SQ"), first("ADJP", "UCP", "NP", "FRAG", "PP")); i >= 0 {
			return pick(i)
		}
	case "SBAR":
		if i := try(first("S", "SQ", "SINV", "SBARQ", "SBAR", "FRAG", "VP"), first("NP", "ADJP", "PP")); i >= 0 {
			return pick(i)
		}
	case "VP":
		return pick(vpHead(kids))
	case "NP", "NX", "NML", "WHNP", "NAC":
		return pick(npHead(kids))
	case "PP", "WHPP":
		// The object heads the phrase; the preposition is its case marker.
		prep := try(first("IN", "TO", "VBG", "VBN", "RP"), -1)
		for i, k := range kids {
			if i <= prep {
				continue
			}
			switch k.Label {
			case "NP", "WHNP", "S", "SBAR", "SQ", "ADJP", "ADVP", "PP", "VP", "NML", "QP":
				return pick(i)
			}
		}
		if prep >= 0 {
			return pick(prep)
		}
	case "ADJP", "WHADJP":
		if i := try(last("JJ", "JJR", "JJS", "VBN", "VBG"), last("ADJP"), last("NN", "NNS", "NNP", "CD", "QP")); i >= 0 {
			return pick(i)
		}
		return pick(lastContent())
	case "ADVP", "WHADVP":
		if i := try(last("RB", "RBR", "RBS", "WRB", "ADVP"), last("IN", "NN", "JJ")); i >= 0 {
			return pick(i)
		}
		return pick(lastContent())
	case "QP":
		if i := last("CD"); i >= 0 {
			return pick(i)
		}
		return pick(lastContent())
	case "PRT":
		if i := first("RP"); i >= 0 {
			return pick(i)
		}
	}
	return pick(firstContent())
}

// vpHead finds the head of a verb phrase: the inner VP of an auxiliary
// construction, the predicate of a copula, else the verb itself.
func vpHead(kids []*Node) int {
	verb := -1
	for i, k := range kids {
		if isVerbTag(k.Label) || k.Label == "MD" || k.Label == "TO" {
			verb = i
			break
		}
	}
	// An auxiliary ("has", "was", "will", "to") hands the head to the VP it
	// governs; a lexical verb followed by a VP ("believed linked to") keeps
	// it, the VP being its complement.
	for i, k := range kids {
		if k.Label == "VP" && i > verb {
			if verb >= 0 && isAuxiliary(kids[verb]) || verb < 0 && i == firstNonModifier(kids) {
				return i
			}
		}
	}
	if verb >= 0 && isAuxiliary(kids[verb]) {
		// "would (S acting ...)": an auxiliary over a subjectless clause.
		for i := verb + 1; i < len(kids); i++ {
			if kids[i].Label == "S" && !clauseHasSubject(kids[i]) && hasVP(kids[i]) {
				return i
			}
		}
	}
	if verb >= 0 {
		if isBe(kids[verb].Word) {
			for i := verb + 1; i < len(kids); i++ {
				switch kids[i].Label {
				case "NP", "ADJP", "PP", "UCP":
					if kids[i].Function != "TMP" && kids[i].Function != "ADV" {
						return i
					}
				}
			}
		}
		return verb
	}
	for _, labels := range [][]string{{"VP"}, {"S", "SBAR", "SQ", "SINV"}, {"ADJP", "NP", "PP"}} {
		for i, k := range kids {
			for _, l := range labels {
				if k.Label == l {
					return i
				}
			}
		}
	}
	for i, k := range kids {
		if !isPunct(k.Label) {
			return i
		}
	}
	return 0
}

func hasVP(n *Node) bool {
	for _, k := range n.Kids {
		if k.Label == "VP" {
			return true
		}
	}
	return false
}

func firstNonModifier(kids []*Node) int {
	for i, k := range kids {
		switch k.Label {
		case "ADVP", "RB", ",", ":", "``", "''", "CC":
			continue
		}
		return i
	}
	return 0
}

// npHead finds the head noun of a noun phrase, following Collins: the
// rightmost noun, else the first embedded NP, else a number or adjective.
func npHead(kids []*Node) int {
	end := len(kids)
	for end > 0 && isPunct(kids[end-1].Label) {
		end--
	}
	if end == 0 {
		return 0
	}
	if kids[end-1].Label == "POS" && end > 1 {
		end-- // "(NP Iraq 's)": the possessor heads, 's is its case marker
	}
	for i := end - 1; i >= 0; i-- {
		switch kids[i].Label {
		case "NN", "NNS", "NNP", "NNPS", "NX", "NML", "FW", "PRP", "WP", "EX":
			return i
		}
	}
	for i := 0; i < end; i++ {
		if kids[i].Label == "NP" || kids[i].Label == "WHNP" {
			return i
		}
	}
	for _, labels := range [][]string{{"$", "ADJP", "PRN", "QP"}, {"CD"}, {"JJ", "JJS", "JJR", "RB", "DT", "WDT", "VBG", "VBN"}} {
		for i := end - 1; i >= 0; i-- {
			for _, l := range labels {
				if kids[i].Label == l {
					return i
				}
			}
		}
	}
	return end - 1
}

// isAuxiliary reports whether a verb-like preterminal can be an
// auxiliary: a modal, "to", or a form of be, have, do or get.
func isAuxiliary(n *Node) bool {
	switch {
	case n.Label == "MD" || n.Label == "TO" || strings.HasPrefix(n.Label, "AUX"):
		return true
	case isBe(n.Word) || isBeOrGet(n.Word):
		return true
	}
	switch strings.ToLower(n.Word) {
	case "have", "has", "had", "having", "'ve", "'d", "do", "does", "did",
		"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca":
		return true
	}
	return false
}

func isBe(w string) bool {
	switch strings.ToLower(w) {
	case "be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m":
		return true
	}
	return false
}

// relation names the dependency of n.Kids[i] on the head child n.Kids[h]
// (both within n.Kids[lo:hi]).
func (c *converter) relation(n *Node, h, i, lo, hi int) string {
	d, hk := n.Kids[i], n.Kids[h]
	before := i < h
	dl := d.Label
	if isPunct(dl) {
		return "punct"
	}
	switch dl {
	case "CC", "CONJP":
		return "cc"
	case "PRP$", "WP$":
		return "nmod:poss"
	case "POS":
		return "case"
	case "MD":
		return "aux"
	case "RP", "PRT":
		return "compound:prt"
	case "EX":
		return "expl"
	case "UH", "INTJ":
		return "discourse"
	case "RB", "RBR", "RBS", "WRB", "ADVP", "WHADVP":
		return "advmod"
	case "TO":
		if n.Label == "PP" {
			return "case"
		}
		return "mark"
	case "IN":
		if n.Label == "PP" || n.Label == "WHPP" || n.Label == "NP" {
			return "case"
		}
		return "mark"
	case "DT", "PDT", "WDT":
		return "det"
	}
	if isVerbTag(dl) {
		switch n.Label {
		case "VP":
			if isBe(d.Word) && hk.Label != "VP" && !isVerbTag(hk.Label) {
				return "cop"
			}
			if before {
				return "aux"
			}
			return "dep"
		case "NP", "NML":
			return "amod"
		}
		return "dep"
	}
	switch n.Label {
	case "NP", "NX", "NML", "WHNP", "NAC":
		return nounDependent(n, d, i, h, before)
	case "VP":
		return verbDependent(n, d, i, h, hi)
	case "S", "SINV", "SQ", "SBARQ":
		return clauseDependent(n, d, before)
	case "SBAR":
		switch dl {
		case "WHNP":
			if clauseHasSubject(hk) {
				return "obj"
			}
			return "nsubj"
		case "WHPP":
			return "obl"
		case "NP":
			return "obl:npmod"
		}
	case "PP", "WHPP":
		switch dl {
		case "NP", "PP":
			return "nmod"
		}
	case "ADVP", "WHADVP":
		switch dl {
		case "PP":
			return "obl"
		case "NP":
			return "obl:npmod"
		case "SBAR", "S":
			return "advcl"
		}
	case "ADJP", "WHADJP":
		switch dl {
		case "PP":
			return "obl"
		case "S":
			return "xcomp"
		case "SBAR":
			return "ccomp"
		case "NP":
			return "obl:npmod"
		case "JJ", "JJR", "JJS", "ADJP":
			return "amod"
		}
	case "QP":
		return "advmod"
	}
	switch dl {
	case "CD", "QP":
		return "nummod"
	case "JJ", "JJR", "JJS", "ADJP", "WHADJP":
		return "amod"
	case "PRN":
		return "parataxis"
	}
	return "dep"
}

func nounDependent(n, d *Node, i, h int, before bool) string {
	switch d.Label {
	case "NN", "NNS", "NNP", "NNPS", "NX", "NML", "FW", "SYM", "$":
		return "compound"
	case "CD", "QP":
		return "nummod"
	case "JJ", "JJR", "JJS", "ADJP", "WHADJP":
		return "amod"
	case "PRP":
		if before {
			return "nmod:poss"
		}
		return "appos"
	case "NP", "WHNP":
		if before {
			if endsInPOS(d) {
				return "nmod:poss"
			}
			return "compound"
		}
		if d.Function == "TMP" {
			return "nmod:tmod"
		}
		return "appos"
	case "PP":
		return "nmod"
	case "SBAR":
		if len(d.Kids) > 0 && strings.HasPrefix(d.Kids[0].Label, "WH") {
			return "acl:relcl"
		}
		return "acl"
	case "VP", "S":
		return "acl"
	case "PRN":
		return "appos"
	}
	return "dep"
}

func verbDependent(n, d *Node, i, h, hi int) string {
	switch d.Label {
	case "NP":
		switch d.Function {
		case "TMP":
			return "obl:tmod"
		case "ADV", "EXT":
			return "obl:npmod"
		}
		if i < h {
			return "obj"
		}
		for j := i + 1; j < hi; j++ {
			if n.Kids[j].Label == "NP" && n.Kids[j].Function == "" {
				return "iobj" // the first of two objects: "gave Iraq aid"
			}
		}
		return "obj"
	case "PP":
		return "obl"
	case "SBAR":
		for _, k := range d.Kids {
			if k.Label == "IN" {
				if !isComplementizer(k.Word) {
					return "advcl"
				}
				break
			}
			if k.Label == "S" {
				break
			}
		}
		return "ccomp"
	case "S", "SQ", "SINV":
		if d.Function == "ADV" || d.Function == "PRP" {
			return "advcl"
		}
		if clauseHasSubject(d) {
			return "ccomp"
		}
		if participial(d) {
			return "advcl"
		}
		return "xcomp"
	case "ADJP":
		return "xcomp"
	case "VP":
		if i > h {
			return "xcomp"
		}
		return "dep"
	case "PRN":
		return "parataxis"
	}
	return "dep"
}

func clauseDependent(n, d *Node, before bool) string {
	switch d.Label {
	case "NP":
		if d.Function == "TMP" {
			return "obl:tmod"
		}
		if len(d.Kids) == 1 && d.Kids[0].Label == "EX" {
			return "expl" // "There was fighting": not a subject
		}
		if before || n.Label == "SINV" || n.Label == "SQ" {
			return "nsubj"
		}
		return "obj"
	case "PP":
		return "obl"
	case "SBAR":
		return "advcl"
	case "S", "SINV", "SQ":
		if d.Function == "ADV" || (!clauseHasSubject(d) && participial(d)) {
			return "advcl"
		}
		if before {
			return "ccomp"
		}
		return "parataxis"
	case "VP":
		return "dep"
	case "PRN":
		return "parataxis"
	}
	return "dep"
}

// isComplementizer tells the words that introduce complement clauses
// ("said that ...") from those that introduce adverbial ones ("after ...").
func isComplementizer(w string) bool {
	switch strings.ToLower(w) {
	case "that", "whether", "if":
		return true
	}
	return false
}

func clauseHasSubject(s *Node) bool {
	for _, k := range s.Kids {
		switch k.Label {
		case "NP":
			if k.Function != "TMP" && k.Function != "ADV" {
				return true
			}
		case "VP":
			return false
		}
	}
	return false
}

// participial reports whether a subjectless clause is a participle phrase
// ("Rebuked by Turkey, ..."), which modifies rather than complements.
func participial(s *Node) bool {
	for _, k := range s.Kids {
		if k.Label == "VP" {
			for _, v := range k.Kids {
				if v.Label == "VBG" || v.Label == "VBN" {
					return true
				}
				if v.Label == "TO" || v.Label == "VB" {
					return false
				}
			}
			return false
		}
	}
	return false
}

func endsInPOS(n *Node) bool {
	if len(n.Kids) == 0 {
		return false
	}
	l := n.Kids[len(n.Kids)-1]
	return l.Label == "POS"
}
