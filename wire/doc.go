// Package wire reads plain-text news stories as a journalist would: it
// finds the headline, the date and time of publication, the dateline (the
// place) and the agency, the body paragraphs and the credits, and drops
// the page furniture that scraped copies carry — logo lines, headlines
// printed twice, relative-age stamps, counters, lists of layout tokens,
// footers — by general rules about the shape of lines, not by their words.
package wire
