package webpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// origin is what the original page says about a piece of extracted text:
// how much of it was link text, and whether it sat in a part of the page
// that holds furniture rather than the story (a figure caption, an aside,
// a box whose class names it as related links, sharing or a newsletter).
type origin struct {
	linkFrac  float64 // share of the text's letters that were inside <a>
	caption   bool    // inside <figcaption> or a caption or credit box
	furniture bool    // inside <aside>, <nav>, <footer> or a promo, related or share box
	header    bool    // inside <header> or a box named as a summary or subtitle
}

// Limits of the index. Furniture lines are short, and indexing long texts
// would cost time on every page for nothing. A box is judged by its tag and
// class names only while it is small: page-wide wrappers carry class names
// of every kind ("f_share_tools_on") that say nothing about their text.
const (
	maxIndexedText = 600
	maxBoxText     = 4000
)

// pageIndex maps the letters-and-digits key of short texts of the original
// page to where they came from, so that a paragraph of extracted text can
// be traced back to its element whatever the extractor did to its spacing.
type pageIndex map[string]origin

type box struct {
	parent     int
	start, end int // range of text pieces
	own        origin
	eff        origin
}

// indexPage flattens the text of doc once, noting for each text node
// whether it is link text, and then keys every element whose text is short.
func indexPage(doc *html.Node) pageIndex {
	var pieces []string
	var inLink []bool
	var boxes []box
	var walk func(n *html.Node, parent int, link bool)
	walk = func(n *html.Node, parent int, link bool) {
		switch n.Type {
		case html.TextNode:
			pieces = append(pieces, n.Data)
			inLink = append(inLink, link)
			return
		case html.ElementNode, html.DocumentNode:
		default:
			return
		}
		self := parent
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "svg", "head":
				return
			case "a":
				link = true
			}
			boxes = append(boxes, box{parent: parent, start: len(pieces), own: ownOrigin(n)})
			self = len(boxes) - 1
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, self, link)
		}
		if self != parent {
			boxes[self].end = len(pieces)
		}
	}
	walk(doc, -1, false)

	idx := pageIndex{}
	var key strings.Builder
	for i := range boxes {
		b := &boxes[i]
		size := 0
		for _, p := range pieces[b.start:b.end] {
			size += len(p)
			if size > maxBoxText {
				break
			}
		}
		if size <= maxBoxText {
			b.eff = b.own
		}
		if b.parent >= 0 {
			p := boxes[b.parent].eff
			b.eff.caption = b.eff.caption || p.caption
			b.eff.furniture = b.eff.furniture || p.furniture
			b.eff.header = b.eff.header || p.header
		}
		if size == 0 || size > maxIndexedText*3 {
			continue
		}
		key.Reset()
		letters, linkLetters := 0, 0
		for j := b.start; j < b.end; j++ {
			for _, r := range pieces[j] {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					key.WriteRune(unicode.ToLower(r))
					letters++
					if inLink[j] {
						linkLetters++
					}
				}
			}
		}
		if letters == 0 || letters > maxIndexedText {
			continue
		}
		o := b.eff
		o.linkFrac = float64(linkLetters) / float64(letters)
		k := key.String()
		if prev, ok := idx[k]; ok {
			// The same text in two places: trust the place that makes it
			// story text, so that nothing real is dropped.
			o.linkFrac = min(o.linkFrac, prev.linkFrac)
			o.caption = o.caption && prev.caption
			o.furniture = o.furniture && prev.furniture
			o.header = o.header && prev.header
		}
		idx[k] = o
	}
	return idx
}

// ownOrigin judges an element by its tag and class names alone.
func ownOrigin(n *html.Node) origin {
	var o origin
	switch n.Data {
	case "figcaption":
		o.caption = true
	case "aside", "nav", "footer":
		o.furniture = true
	case "header":
		o.header = true
	}
	for _, part := range classParts(attr(n, "class") + " " + attr(n, "id")) {
		switch {
		case hasPrefixAny(part, captionClassWords):
			o.caption = true
		case hasPrefixAny(part, furnitureClassWords) || part == "ad" || part == "ads":
			o.furniture = true
		case hasPrefixAny(part, headerClassWords):
			o.header = true
		}
	}
	return o
}

// classParts splits class names and ids into their words:
// "c-related-links__item" gives c, related, links, item.
func classParts(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

var captionClassWords = []string{"caption", "credit", "figcaption"}

var furnitureClassWords = []string{
	"related", "recommend", "promo", "newsletter", "signup", "subscribe",
	"share", "sharing", "social", "trending", "popular", "mostread", "readmore",
	"outbrain", "taboola", "sponsor", "advert", "byline", "breadcrumb",
	"tags", "taglist", "bio", "timestamp", "recirc",
}

var headerClassWords = []string{"dek", "standfirst", "subtitle", "subhead", "strapline", "summary", "description", "excerpt", "teaser"}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// lookup finds the origin of an extracted paragraph.
func (idx pageIndex) lookup(text string) (origin, bool) {
	o, ok := idx[textKey(text)]
	return o, ok
}

// textKey keeps the letters and digits of s, lower-cased.
func textKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
