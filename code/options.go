// Package code is dyad's event coder: given a parsed sentence and its
// date, it finds the verbs of the verb dictionary, matches their patterns
// against the words and actors around them, and emits CAMEO events with
// their provenance.
//
// The engine works on a dependency analysis (dyad.Sentence), so that it
// serves both parses supplied in Penn Treebank brackets (converted by
// package ptb) and dyad's own parser. Its rules follow PETRARCH-1 and
// TABARI, whose dictionaries it reads: a verb's "upper" words are those
// before it in its clause, its "lower" words those of its verb phrase.
package code

import (
	"fmt"
	"strconv"
	"strings"
)

// Options are the coding options of PETRARCH's configuration.
type Options struct {
	// RequireDyad drops events without both a source and a target.
	RequireDyad bool
	// RequireSource, when RequireDyad is off, still drops events without
	// a source, and statements (CAMEO 01) without a target: "Pakistan
	// rejected an offer from Afganistan" is coded with no target when the
	// target is unknown, "officials said" is not coded at all. Violence
	// against a known target by an unknown hand ("three soldiers were
	// killed") is kept without a source. An event needs one side that is
	// identified by more than its role: "students dislike math" and
	// "police arrested a boy" are not coded until the story says whose.
	RequireSource bool
	// NewActorLength, when above zero, lets an uncoded noun phrase of at
	// most that many words stand as an actor, coded by its own words.
	NewActorLength int
	// Comma-delimited clauses of these lengths (in words) are removed
	// before coding: internal ones (CommaMin..CommaMax), the one opening
	// the sentence (CommaBMin..CommaBMax) and the one closing it
	// (CommaEMin..CommaEMax). A maximum of zero turns that removal off.
	CommaMin, CommaMax   int
	CommaBMin, CommaBMax int
	CommaEMin, CommaEMax int

	// The options below go beyond PETRARCH; NewsOptions turns them on.

	// ReportedSpeech codes what a statement reports: a verb of saying
	// (CAMEO 010) does not claim its verb phrase, and its own event is kept
	// only when no event is coded inside what it reports ("X said Y
	// attacked Z" gives Y's attack, not X's statement) and only towards
	// whom it was made to ("told Z").
	ReportedSpeech bool
	// Negation drops the event of a negated verb ("did not attack")
	// unless the pattern that matched asked for the negation itself.
	Negation bool
	// Nominal codes event nouns that are forms of dictionary verbs when a
	// possessor or "by" phrase names the actor and a prepositional phrase
	// the target ("the U.S. military's release of Iranian prisoners").
	Nominal bool
	// Passive reads a passive verb without a "by" actor as having no
	// source: in "Iraq was criticized" Iraq is the target. (PETRARCH codes
	// the subject as the source.)
	Passive bool
	// Reciprocal makes the members of a compound source without a target
	// act on each other when the event is one that parties do together:
	// meeting, negotiating, cooperating, fighting ("the two countries will
	// hold talks").
	Reciprocal bool
	// Modality reads a verb in the future ("will attack", "would lift")
	// as an intent: a threat for conflict (CAMEO 13), an intent to
	// cooperate for cooperation (03), unless its pattern already said so.
	Modality bool
	// Repair reads a verb the parser put in a noun's place ("Zambia
	// extradited ..." with "extradited" a modifier) the way TABARI reads
	// every verb: the actors before it and after it in the word order.
	Repair bool
	// Clauses keeps the default target out of relative clauses in the
	// verb phrase ("blames the violence, which killed Iraqis, on the U.S.")
	// and out of places ("killed ten people in Baghdad"), and lets an
	// appositive name a mention's actor ("Iran's leader, Ali Khamenei").
	// A verb that codes nothing leaves the verbs of its clause free to
	// code ("opened the bridge to allow the delivery of grain").
	Clauses bool
	// Questions codes nothing from a sentence that ends in a question
	// mark: "What are they fighting for?" asks; it reports no event.
	// Quoted questions followed by their speaker ("Why?" he asked) end in
	// a full stop and are coded as usual.
	Questions bool
	// Political drops cooperation and talk (CAMEO 01 to 08) between
	// sides that are only social: civilians, business, schools, health,
	// the press, labour, farmers ("the boy toured the company"). Conflict
	// and protest among them are kept.
	Political bool
}

// DefaultOptions are PETRARCH's defaults: the engine behaves as the
// validation suites expect.
func DefaultOptions() Options {
	return Options{
		RequireDyad: true,
		CommaMin:    2, CommaMax: 8,
		CommaBMin: 0, CommaBMax: 0,
		CommaEMin: 2, CommaEMax: 8,
	}
}

// NewsOptions are the defaults for coding news: PETRARCH's, with a target
// no longer required (a source still is), and reported speech, negation,
// event nouns, passives and clause handling turned on.
func NewsOptions() Options {
	o := DefaultOptions()
	o.RequireDyad, o.RequireSource = false, true
	o.ReportedSpeech, o.Negation, o.Nominal, o.Passive, o.Reciprocal, o.Repair, o.Clauses = true, true, true, true, true, true, true
	o.Modality, o.Questions, o.Political = true, true, true
	return o
}

// Set changes one option by its PETRARCH name (require_dyad,
// new_actor_length, comma_min, comma_max, comma_bmin, comma_bmax,
// comma_emin, comma_emax). Booleans and integers are read
// case-insensitively. Options that do not affect coding (stop_on_error,
// write_actor_text, ...) are accepted and ignored.
func (o *Options) Set(name, value string) error {
	v := strings.TrimSpace(value)
	intv := func(p *int) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("option %s: %q is not a whole number", name, value)
		}
		*p = n
		return nil
	}
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "require_dyad":
		b, err := strconv.ParseBool(strings.ToLower(v))
		if err != nil {
			return fmt.Errorf("option %s: %q is not true or false", name, value)
		}
		o.RequireDyad = b
	case "new_actor_length":
		return intv(&o.NewActorLength)
	case "comma_min":
		return intv(&o.CommaMin)
	case "comma_max":
		return intv(&o.CommaMax)
	case "comma_bmin":
		return intv(&o.CommaBMin)
	case "comma_bmax":
		return intv(&o.CommaBMax)
	case "comma_emin":
		return intv(&o.CommaEMin)
	case "comma_emax":
		return intv(&o.CommaEMax)
	case "stop_on_error", "write_actor_root", "write_actor_text", "write_event_text",
		"null_verbs", "null_actors", "code_by_sentence", "pause_by_sentence", "pause_by_story":
	default:
		return fmt.Errorf("unknown option %q", name)
	}
	return nil
}
