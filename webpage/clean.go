package webpage

import (
	"regexp"
	"strings"
	"unicode"
)

// pageContext is what the cleaning rules know about the page as a whole.
type pageContext struct {
	title       string
	description string
	index       pageIndex
}

// rule decides whether block i of blocks is page furniture.
type rule struct {
	name string
	drop func(pc *pageContext, blocks []block, i int) bool
}

// rules are tried on every paragraph; the first that fires drops it.
var rules = []rule{
	{"title echo", isTitleEcho},
	{"standfirst", isStandfirst},
	{"link line", isLinkLine},
	{"caption", isCaption},
	{"prompt", isPrompt},
	{"credit line", isCreditLine},
	{"byline or timestamp", isBylineOrTimestamp},
	{"no words", hasNoWords},
}

// clean drops the page furniture from rendered paragraphs.
func clean(pc *pageContext, blocks []block) []block {
	kept := blocks[:0:0]
	for i := range blocks {
		if ruleFor(pc, blocks, i) == "" {
			kept = append(kept, blocks[i])
		}
	}
	return kept
}

// ruleFor names the first rule that drops block i, or returns "".
func ruleFor(pc *pageContext, blocks []block, i int) string {
	for _, r := range rules {
		if r.drop(pc, blocks, i) {
			return r.name
		}
	}
	return ""
}

// isTitleEcho: the headline printed again above the story.
func isTitleEcho(pc *pageContext, blocks []block, i int) bool {
	if i > 3 || pc.title == "" {
		return false
	}
	k, t := textKey(blocks[i].text), textKey(pc.title)
	return k != "" && (k == t || (len(k) > 20 && strings.HasPrefix(t, k)) || (len(t) > 20 && strings.HasPrefix(k, t) && len(k) < len(t)*3/2))
}

// isStandfirst: the summary under the headline when it is the page's meta
// description and sits in the page header rather than in the story.
func isStandfirst(pc *pageContext, blocks []block, i int) bool {
	if i > 3 || pc.description == "" {
		return false
	}
	k := textKey(blocks[i].text)
	if k == "" || k != textKey(pc.description) {
		return false
	}
	// A lead paragraph that doubles as the description is story text: it
	// is kept unless it sits in the page header or comes back later.
	if o, ok := pc.index.lookup(blocks[i].text); ok && o.header {
		return true
	}
	for _, b := range blocks[i+1:] {
		if strings.Contains(textKey(b.text), k) {
			return true
		}
	}
	return false
}

// isLinkLine: a paragraph that is all link text — a teaser for another
// story, a "related" list entry, a button.
func isLinkLine(pc *pageContext, blocks []block, i int) bool {
	o, ok := pc.index.lookup(blocks[i].text)
	return ok && o.linkFrac >= 0.9
}

// isCaption: a photo caption or credit.
func isCaption(pc *pageContext, blocks []block, i int) bool {
	if photoCredit.MatchString(blocks[i].text) {
		return true
	}
	o, ok := pc.index.lookup(blocks[i].text)
	return ok && o.caption
}

var photoCredit = regexp.MustCompile(`(?i)^[(\[]?\s*(image|photo|picture|video)s?\s*(credit|source|courtesy)?\s*:.{0,80}[)\]]?$|^[(\[]?\s*(credit|file photo)\s*:.{0,80}$`)

// isPrompt: calls to read, watch, subscribe, follow or share.
func isPrompt(pc *pageContext, blocks []block, i int) bool {
	t := blocks[i].text
	if promptStart.MatchString(t) {
		return true
	}
	return wordCount(t) <= 40 && promptAnywhere.MatchString(t)
}

var promptStart = regexp.MustCompile(`(?i)^(related|read more|more|see also|also read|read also|don'?t miss|recommended|explore further|further reading|watch|listen|leggi anche|lesen sie auch|mehr zum thema|lire aussi|voir aussi|leia também|veja também|lee también)\s*(:|»|>|\.\.\.|…)`)

var promptAnywhere = regexp.MustCompile(`(?i)\b(sign up|subscribe to|subscribe for|(our|free|daily|weekly) newsletter|follow (us|him|her|me) (on|at|@)|click here|download (the|our) app|get the .{1,30} app|all rights reserved|share this (article|story))`)

// isCreditLine: the reporting and editing credits of a wire story.
func isCreditLine(pc *pageContext, blocks []block, i int) bool {
	return creditLine.MatchString(blocks[i].text)
}

var creditLine = regexp.MustCompile(`(?i)^[(\[]?\s*((additional|further) )?(reporting|writing|editing|compiled|translated) by\b.{0,200}$|^.{0,120}\bcontributed (to this report|reporting)\.?[)\]]?$`)

// isBylineOrTimestamp: a short line that only names the author or gives
// the time of publication.
func isBylineOrTimestamp(pc *pageContext, blocks []block, i int) bool {
	t := blocks[i].text
	if wordCount(t) > 10 {
		return false
	}
	return bylineLine.MatchString(t) || timestampLine.MatchString(t)
}

var bylineLine = regexp.MustCompile(`^(By|BY|by)\s+\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,3})*\s*$`)

var timestampLine = regexp.MustCompile(`(?i)^(published|updated|posted|last updated|first published)\s*(on|at)?\s*:?\s*.{0,40}\d`)

// hasNoWords: separators and stray symbols.
func hasNoWords(pc *pageContext, blocks []block, i int) bool {
	for _, r := range blocks[i].text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func wordCount(s string) int { return len(strings.Fields(s)) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
