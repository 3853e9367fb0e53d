package code

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// repairVerbs returns the sentence with nouns the tagger took for verbs
// ("the military's release") made nouns again, and the verbs that the
// parser hung on a following noun as its modifier ("The U.S. military released nine
// Iranians", with "released" an adjective of "Iranians") raised to head
// their clause: the verb takes the noun's place, the noun becomes its
// object, and the words before the verb that hung on the noun become its
// subject. A sentence with nothing to repair is returned as it is; a
// repaired one is a copy, so the caller's analysis is kept.
func repairVerbs(s *dyad.Sentence) *dyad.Sentence {
	var toks []dyad.Token
	for v := range s.Tokens {
		cur := s.Tokens
		if toks != nil {
			cur = toks
		}
		hung, noun, pred, conj := hungOnNoun(cur, v), possessed(cur, v), predicateOfRoot(cur, v), conjOfObject(cur, v)
		named, split, closed := setOffSubject(cur, v), splitSubject(cur, v), afterRelative(cur, v)
		owned, gerund, stray := possessum(cur, v), gerundComplement(cur, v), strayAdjective(cur, v)
		if !hung && !noun && !pred && !conj && named < 0 && split < 0 && closed < 0 && owned < 0 && !gerund && !stray {
			continue
		}
		if toks == nil {
			toks = append([]dyad.Token(nil), s.Tokens...)
		}
		switch {
		case stray:
			// What hung on the adjective hangs where it did, a conjunct
			// in its place; the adjective modifies its noun.
			for i := range toks {
				if toks[i].Head == v {
					toks[i].Head = toks[v].Head
					if toks[i].Rel == "conj" {
						toks[i].Rel = toks[v].Rel
					}
				}
			}
			toks[v].Head, toks[v].Rel = v+1, "amod"
		case gerund:
			toks[v].Head, toks[v].Rel = v-1, "xcomp"
		case owned >= 0:
			toks[v].Head, toks[v].Rel = owned, "nmod:poss"
		case closed >= 0:
			// The phrase after the clause's closing comma belongs to the
			// verb that governs the clause's noun.
			toks[closed].Head, toks[closed].Rel = toks[toks[v].Head].Head, "obl"
		case split >= 0:
			// The later subject and its conjuncts join the first one's.
			first := subjectOf(toks, v)
			for i := range toks {
				if toks[i].Head == split && toks[i].Rel == "conj" {
					toks[i].Head = first
				}
			}
			toks[split].Head, toks[split].Rel = first, "conj"
		case named >= 0:
			// The name is the subject, the phrase after it its apposition.
			rel := "nsubj"
			if subj := subjectOf(toks, v); subj >= 0 {
				rel = toks[subj].Rel
				toks[subj].Head, toks[subj].Rel = named, "appos"
			}
			toks[named].Rel = rel
		case hung:
			raise(toks, v)
		case noun:
			toks[v].UPOS, toks[v].XPOS = "NOUN", "NN"
		case conj:
			// The first verb's words after the second are the second's
			// ("... and called on the U.N. to investigate").
			g := toks[toks[v].Head].Head
			toks[v].Head = g
			for i := v + 1; i < len(toks); i++ {
				if toks[i].Head == g && toks[i].Rel != "punct" && toks[i].Rel != "conj" {
					toks[i].Head = v
				}
			}
		default:
			h := toks[v].Head
			toks[v].Head, toks[v].Rel = -1, "root"
			toks[h].Head, toks[h].Rel = v, "nsubj"
			for i := range toks {
				if toks[i].Head == h && i > v || toks[i].Head == h && toks[i].Rel == "punct" {
					toks[i].Head = v
				}
			}
		}
	}
	if toks == nil {
		return s
	}
	c := *s
	c.Tokens = toks
	return &c
}

// hungOnNoun reports whether token v is a finite verb, or a participle
// with a subject of its own, that modifies a noun after it.
func hungOnNoun(toks []dyad.Token, v int) bool {
	t := &toks[v]
	if t.UPOS != "VERB" || (t.Rel != "amod" && t.Rel != "compound") {
		return false
	}
	h := t.Head
	if h <= v || h >= len(toks) || !nominal(toks[h].UPOS) {
		return false
	}
	subject, aux := false, false
	for i := range toks {
		if toks[i].Head != v {
			continue
		}
		switch toks[i].Rel {
		case "nsubj", "nsubj:pass":
			subject = true
		case "aux", "aux:pass", "cop", "mark":
			aux = true
		}
	}
	if aux {
		return false
	}
	switch t.XPOS {
	case "VBD", "VBZ", "VBP":
		return subject || v > 0 && nominal(toks[v-1].UPOS)
	case "VBN":
		return subject
	}
	return false
}

// conjOfObject reports whether v is a finite verb without a subject that
// the parser joined to the object of the verb before it rather than to that
// verb: in "Turkey condemned the attack and called on the U.N." the
// parser may make "called" a conjunct of "attack", which would hand the
// U.N. to "condemned" as its target.
func conjOfObject(toks []dyad.Token, v int) bool {
	t := &toks[v]
	if t.UPOS != "VERB" || t.Rel != "conj" {
		return false
	}
	switch t.XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	h := t.Head
	if h < 0 || h >= v || !nominal(toks[h].UPOS) || (toks[h].Rel != "obj" && toks[h].Rel != "obl") {
		return false
	}
	if g := toks[h].Head; g < 0 || g >= h || toks[g].UPOS != "VERB" {
		return false
	}
	for i := range toks {
		if toks[i].Head == v && (toks[i].Rel == "nsubj" || toks[i].Rel == "nsubj:pass") {
			return false
		}
	}
	return true
}

// setOffSubject returns the name that begins the clause of v when the
// parser made it a vocative or a dislocated phrase, and -1 otherwise.
// News addresses no one: in "Norway, a NATO member, has refused" the parser
// may take the name for a vocative and the phrase between the commas for
// the subject, when the name is the subject and the phrase describes it.
// A name counts when it comes before the verb and before its subject, with
// a comma between them, or when the verb has no subject.
func setOffSubject(toks []dyad.Token, v int) int {
	named := -1
	for i := 0; i < v; i++ {
		if toks[i].Head == v && (toks[i].Rel == "vocative" || toks[i].Rel == "dislocated") && nominal(toks[i].UPOS) {
			named = i
			break
		}
	}
	if named < 0 {
		return -1
	}
	subj := subjectOf(toks, v)
	if subj < 0 {
		return named
	}
	if subj < named || subj > v {
		return -1
	}
	for i := named + 1; i < subj; i++ {
		if toks[i].Text == "," {
			return named
		}
	}
	return -1
}

// splitSubject returns the second of two subjects of v when they are
// conjuncts the parser split, and -1 otherwise: of "Norway, Sweden and
// Denmark welcomed" it may make "Sweden" a second subject with "Denmark"
// its conjunct. A clause has one subject; two nominal ones before the verb
// with a comma or a conjunction between them are one coordination.
func splitSubject(toks []dyad.Token, v int) int {
	first := subjectOf(toks, v)
	if first < 0 || first > v || !nominal(toks[first].UPOS) {
		return -1
	}
	for second := first + 1; second < v; second++ {
		t := &toks[second]
		if t.Head != v || (t.Rel != "nsubj" && t.Rel != "nsubj:pass") {
			continue
		}
		if !nominal(t.UPOS) {
			return -1
		}
		for i := first + 1; i < second; i++ {
			if toks[i].Text == "," || toks[i].UPOS == "CCONJ" {
				return second
			}
		}
		return -1
	}
	return -1
}

// afterRelative returns the prepositional phrase that the parser hung
// inside the relative clause v although it follows the comma that closes
// it, and -1 otherwise: in "blamed the blast, which wounded dozens, on
// the rebels" the "on" phrase is the verb's, not the clause's. The clause must open with a comma after its noun, the noun be
// the object of a verb, and the phrase begin with a comma and end the
// clause.
func afterRelative(toks []dyad.Token, v int) int {
	if toks[v].Rel != "acl:relcl" {
		return -1
	}
	n := toks[v].Head
	if n < 0 || n >= len(toks) || !nominal(toks[n].UPOS) || toks[n].Rel != "obj" {
		return -1
	}
	if g := toks[n].Head; g < 0 || g >= len(toks) || toks[g].UPOS != "VERB" {
		return -1
	}
	los, his := subtreeSpans(toks)
	lo, hi := los[v], his[v]
	if toks[lo].Text != "," && (lo == 0 || toks[lo-1].Text != ",") {
		return -1 // the opening comma may hang on the clause or not
	}
	for x := lo + 1; x <= hi; x++ {
		if x == v || !nominal(toks[x].UPOS) || !within(toks, x, v) {
			continue
		}
		xlo, xhi := los[x], his[x]
		if xhi != hi || toks[xlo].Text != "," || xlo <= v {
			continue
		}
		for k := xlo + 1; k < x; k++ {
			if toks[k].Head == x && toks[k].Rel == "case" {
				return x
			}
		}
	}
	return -1
}

// within reports whether token x is in the subtree of a.
func within(toks []dyad.Token, x, a int) bool {
	for depth := 0; x >= 0 && x < len(toks) && depth < len(toks); depth++ {
		if x == a {
			return true
		}
		x = toks[x].Head
	}
	return false
}

// subtreeSpans returns the first and last token of every token's subtree,
// in one walk up from each token (heads that loop are walked no further
// than the sentence is long).
func subtreeSpans(toks []dyad.Token) (lo, hi []int) {
	lo, hi = make([]int, len(toks)), make([]int, len(toks))
	for i := range toks {
		lo[i], hi[i] = i, i
	}
	for i := range toks {
		for a, depth := toks[i].Head, 0; a >= 0 && a < len(toks) && depth < len(toks); a, depth = toks[a].Head, depth+1 {
			lo[a], hi[a] = min(lo[a], i), max(hi[a], i)
		}
	}
	return lo, hi
}

// possessum returns the word that possessor p owns when the parser hung p
// elsewhere, and -1 otherwise: in "followed the army's release of
// prisoners" the parser may make "army" a phrase of "followed" with its
// "'s" and "release" a verb of its own. A possessive ending makes the
// word before it the possessor of the noun phrase that follows.
func possessum(toks []dyad.Token, p int) int {
	if !nominal(toks[p].UPOS) || toks[p].Rel == "nmod:poss" {
		return -1
	}
	pos := p + 1 // the ending follows its word
	if pos >= len(toks) || toks[pos].Head != p || toks[pos].XPOS != "POS" {
		return -1
	}
	// The head of the phrase after the ending: modifiers point right, to
	// it.
	q := pos + 1
	for depth := 0; depth < 4 && q < len(toks); depth++ {
		h := toks[q].Head
		if h <= q || h > q+4 {
			break
		}
		switch toks[q].UPOS {
		case "ADJ", "NOUN", "PROPN", "NUM", "ADV":
			q = h
			continue
		}
		break
	}
	if q >= len(toks) || !nominal(toks[q].UPOS) && toks[q].UPOS != "VERB" || within(toks, q, p) {
		return -1
	}
	return q
}

// gerundComplement reports whether v is a gerund right after a verb that
// has no complement, which the parser made the clausal subject of a
// predicate further on: in "prepared to resume shelling the town as talks
// stalled" the gerund completes "resume".
func gerundComplement(toks []dyad.Token, v int) bool {
	if v == 0 || toks[v].XPOS != "VBG" || (toks[v].Rel != "csubj" && toks[v].Rel != "csubj:pass") || toks[v].Head <= v {
		return false
	}
	p := v - 1
	if toks[p].UPOS != "VERB" {
		return false
	}
	for i := range toks {
		if toks[i].Head == p {
			switch toks[i].Rel {
			case "obj", "xcomp", "ccomp", "csubj":
				return false
			}
		}
	}
	return true
}

// strayAdjective reports whether v is an adjective right before a noun
// that the parser made a clause of its own: "Russian aircraft struck ..."
// parsed with "Russian" as a clausal complement of a verb further on and
// "struck" as its conjunct.
func strayAdjective(toks []dyad.Token, v int) bool {
	if toks[v].UPOS != "ADJ" || v+1 >= len(toks) || (toks[v+1].UPOS != "NOUN" && toks[v+1].UPOS != "PROPN") || toks[v+1].Head == v {
		return false
	}
	switch toks[v].Rel {
	case "ccomp", "parataxis", "advcl", "csubj", "conj", "dep":
	default:
		return false
	}
	h := toks[v].Head
	return h >= 0 && h < len(toks) && h != v+1 && !within(toks, h, v)
}

// subjectOf returns the subject of v, or -1.
func subjectOf(toks []dyad.Token, v int) int {
	for i := range toks {
		if toks[i].Head == v && (toks[i].Rel == "nsubj" || toks[i].Rel == "nsubj:pass") {
			return i
		}
	}
	return -1
}

// possessed reports whether a word tagged as a verb has a possessor, so
// is a noun: "the U.S. military's release of nine prisoners".
func possessed(toks []dyad.Token, v int) bool {
	if toks[v].UPOS != "VERB" {
		return false
	}
	poss := false
	for i := range toks {
		if toks[i].Head != v {
			continue
		}
		switch toks[i].Rel {
		case "nmod:poss":
			poss = true
		case "nsubj", "nsubj:pass", "aux", "aux:pass", "cop":
			return false
		}
	}
	return poss
}

// predicateOfRoot reports whether v is a past-tense verb or participle
// that the parser made a modifier of the noun heading the sentence, when
// the sentence has no verb of its own: in "Kurdish forces and Iraqi troops
// clashed near Kirkuk" the noun phrase is the subject, "clashed" the
// predicate. A relative clause qualifies too when it has neither a
// relative word nor a subject, which an English relative clause with a
// finite verb cannot lack both of.
func predicateOfRoot(toks []dyad.Token, v int) bool {
	t := &toks[v]
	if t.UPOS != "VERB" || (t.Rel != "acl" && t.Rel != "acl:relcl") || (t.XPOS != "VBD" && t.XPOS != "VBN") {
		return false
	}
	h := t.Head
	if h < 0 || h >= v || toks[h].Rel != "root" || !nominal(toks[h].UPOS) {
		return false
	}
	for i := range toks {
		if toks[i].Head != v {
			continue
		}
		switch toks[i].Rel {
		case "aux", "aux:pass", "cop", "mark", "nsubj", "nsubj:pass", "obl:agent":
			return false // a clause of its own, or a passive ("troops deployed by Iraq")
		}
		for j := range toks {
			if toks[j].Head == i && toks[j].Rel == "case" && strings.EqualFold(toks[j].Text, "by") {
				return false
			}
		}
	}
	for i := h + 1; i < v; i++ {
		if strings.EqualFold(toks[i].Text, "who") || strings.EqualFold(toks[i].Text, "which") || strings.EqualFold(toks[i].Text, "that") {
			return false // a relative clause: "forces that clashed"
		}
	}
	return true
}

func nominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON"
}

// raise makes verb v the head of the noun h it modified, or of the noun
// phrase h is part of: in "Iraq reduced food supplies" the verb hung on
// "food" takes the place of "supplies".
func raise(toks []dyad.Token, v int) {
	h := toks[v].Head
	for depth := 0; depth < 4; depth++ {
		g := toks[h].Head
		if g <= h || g >= len(toks) || !nominal(toks[g].UPOS) || (toks[h].Rel != "compound" && toks[h].Rel != "amod" && toks[h].Rel != "flat") {
			break
		}
		h = g
	}
	toks[v].Head, toks[v].Rel = toks[h].Head, toks[h].Rel
	toks[h].Head, toks[h].Rel = v, "obj"
	// The noun's dependents before the verb are the subject's words: the
	// last nominal among them heads the subject, unless the verb has one.
	subj, passive := -1, false
	for i := range toks {
		if toks[i].Head == v && (toks[i].Rel == "nsubj" || toks[i].Rel == "nsubj:pass") {
			subj = i
		}
		if toks[i].Head == v && toks[i].Rel == "aux:pass" {
			passive = true
		}
	}
	if subj >= 0 && !passive {
		// No passive auxiliary: "the U.N. reduced supplies" is past
		// tense, whatever the tagger and parser took it for.
		toks[subj].Rel = "nsubj"
		if toks[v].XPOS == "VBN" {
			toks[v].XPOS = "VBD"
		}
	}
	if subj < 0 {
		for i := v - 1; i >= 0; i-- {
			if toks[i].Head == h && nominal(toks[i].UPOS) {
				subj = i
				toks[i].Head, toks[i].Rel = v, "nsubj"
				break
			}
		}
	}
	for i := 0; i < v; i++ {
		if toks[i].Head == h && i != subj {
			if subj >= 0 {
				toks[i].Head = subj
			} else {
				toks[i].Head = v
			}
		}
	}
}
