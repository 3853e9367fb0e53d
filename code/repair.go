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
		if !hung && !noun && !pred && !conj {
			continue
		}
		if toks == nil {
			toks = append([]dyad.Token(nil), s.Tokens...)
		}
		switch {
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
// predicate.
func predicateOfRoot(toks []dyad.Token, v int) bool {
	t := &toks[v]
	if t.UPOS != "VERB" || t.Rel != "acl" || (t.XPOS != "VBD" && t.XPOS != "VBN") {
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

// raise makes verb v the head of the noun h it modified.
func raise(toks []dyad.Token, v int) {
	h := toks[v].Head
	toks[v].Head, toks[v].Rel = toks[h].Head, toks[h].Rel
	toks[h].Head, toks[h].Rel = v, "obj"
	// The noun's dependents before the verb are the subject's words: the
	// last nominal among them heads the subject, unless the verb has one.
	subj := -1
	for i := range toks {
		if toks[i].Head == v && (toks[i].Rel == "nsubj" || toks[i].Rel == "nsubj:pass") {
			subj = i
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
