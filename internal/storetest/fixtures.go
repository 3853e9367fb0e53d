package storetest

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// mention is an event to find in a story: the sentence, and the words of
// source, verb and target in it (the first occurrence of each, searched
// from left to right).
type mention struct {
	sentence               string
	source, verb, target   string
	sourceCode, targetCode string
	code                   string
}

// story builds an article and its events with real byte spans.
func story(id, url, date, text string, ms ...mention) dyad.CodedArticle {
	d, err := dyad.ParseDate(date)
	if err != nil {
		panic(err)
	}
	a := &dyad.Article{ID: id, URL: url, Title: strings.SplitN(text, ".", 2)[0], Published: d.Time(), Source: "Fixture Wire", Text: text}
	var events []dyad.Event
	for _, m := range ms {
		start := strings.Index(text, m.sentence)
		if start < 0 {
			panic("fixture: sentence not in text: " + m.sentence)
		}
		find := func(word string, from int) dyad.Span {
			if word == "" {
				return dyad.Span{}
			}
			i := strings.Index(text[from:start+len(m.sentence)], word)
			if i < 0 {
				panic("fixture: " + word + " not in " + m.sentence)
			}
			return dyad.Span{Start: from + i, End: from + i + len(word)}
		}
		src := find(m.source, start)
		verb := find(m.verb, max(src.End, start))
		tgt := find(m.target, max(verb.End, start))
		events = append(events, dyad.Event{
			Doc: id, Date: d, Source: m.sourceCode, Target: m.targetCode, Code: m.code,
			Sentence: strings.Count(text[:start], ". "), Text: m.sentence,
			SourceText: m.source, TargetText: m.target, VerbText: m.verb,
			SourceSpan: src, TargetSpan: tgt, VerbSpan: verb, Pattern: "fixture",
		})
	}
	return dyad.CodedArticle{Article: a, Events: events}
}

// Stories are the fixture articles: a small U.S.-Iran-Iraq news week in
// November 2007 and one story from elsewhere.
func Stories() []dyad.CodedArticle {
	return []dyad.CodedArticle{
		story("wire-accuse", "http://news.example/2007/11/17/accuse", "2007-11-17",
			"Washington accuses Iran of arming militias in Iraq. Tehran blames the United States for the violence.",
			mention{"Washington accuses Iran of arming militias in Iraq.", "Washington", "accuses", "Iran", "USA", "IRN", "112"},
			mention{"Tehran blames the United States for the violence.", "Tehran", "blames", "United States", "IRN", "USA", "112"}),
		story("wire-talks", "http://news.example/2007/11/20/talks", "2007-11-20",
			"Iraq urges Iran and the United States to hold proper talks. U.S. envoy Ryan Crocker held talks with Iranian officials.",
			mention{"Iraq urges Iran and the United States to hold proper talks.", "Iraq", "urges", "Iran", "IRQGOV", "IRN", "020"},
			mention{"Iraq urges Iran and the United States to hold proper talks.", "Iraq", "urges", "United States", "IRQGOV", "USA", "020"},
			mention{"U.S. envoy Ryan Crocker held talks with Iranian officials.", "U.S. envoy Ryan Crocker", "held talks", "Iranian officials", "USAGOV", "IRNGOV", "046"}),
		story("wire-release", "", "2007-11-05",
			"The U.S. military released nine Iranian prisoners held in Iraq.",
			mention{"The U.S. military released nine Iranian prisoners held in Iraq.", "U.S. military", "released", "Iranian prisoners", "USAMIL", "IRN", "0841"}),
		story("paper-accuse", "https://other.example/world/iran-militias", "2007-11-17",
			"Washington on Saturday accused Iran of arming Shiite militias.",
			mention{"Washington on Saturday accused Iran of arming Shiite militias.", "Washington", "accused", "Iran", "USA", "IRN", "112"}),
		story("wire-strike", "http://news.example/2007/12/03/strike", "2007-12-03",
			"Israeli jets struck targets in Gaza. Israel said the strike answered rocket fire.",
			mention{"Israeli jets struck targets in Gaza.", "Israeli jets", "struck", "Gaza", "ISRMIL", "PSE", "190"}),
	}
}
