package webpage

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockTags start a paragraph of their own when rendered as text.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "pre": true, "code": true, "table": true, "tr": true,
	"figure": true, "figcaption": true, "header": true, "footer": true,
	"aside": true, "nav": true, "hr": true, "body": true, "form": true,
	"address": true, "details": true, "summary": true, "center": true,
}

// block is one paragraph of rendered text and the tag that made it, which
// the cleaning rules use (a heading is judged differently from a paragraph).
type block struct {
	tag  string
	text string
}

// render turns an extracted content tree into paragraphs: each block
// element becomes one paragraph, inline text is joined with collapsed
// white space, <br> breaks a line inside its paragraph, and table cells of
// one row are joined by a space.
func render(root *html.Node) []block {
	r := &renderer{}
	r.walk(root, "p")
	r.flush()
	return r.blocks
}

type renderer struct {
	blocks []block
	cur    strings.Builder
	tag    string
	space  bool // a space is pending before the next word
}

func (r *renderer) flush() {
	text := strings.TrimSpace(r.cur.String())
	// Lines broken by <br> keep their break but lose their edges.
	if strings.Contains(text, "\n") {
		lines := strings.Split(text, "\n")
		kept := lines[:0]
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				kept = append(kept, l)
			}
		}
		text = strings.Join(kept, "\n")
	}
	if text != "" {
		r.blocks = append(r.blocks, block{tag: r.tag, text: text})
	}
	r.cur.Reset()
	r.space = false
}

func (r *renderer) walk(n *html.Node, tag string) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data, tag)
		return
	case html.ElementNode:
	case html.DocumentNode:
	default:
		return
	}
	name := n.Data
	switch name {
	case "script", "style", "noscript", "template", "svg", "button", "select", "option", "input", "textarea", "iframe":
		return
	case "br":
		r.cur.WriteByte('\n')
		r.space = false
		return
	case "td", "th":
		r.space = true
	}
	isBlock := blockTags[name]
	if isBlock {
		r.flush()
		tag = name
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, tag)
	}
	if isBlock {
		r.flush()
	}
}

// text appends inline text, collapsing runs of white space to one space;
// text nodes that touch without space ("foo<b>bar</b>") stay joined.
func (r *renderer) text(s, tag string) {
	if s == "" {
		return
	}
	if r.cur.Len() == 0 {
		r.tag = tag
	}
	if first, _ := utf8.DecodeRuneInString(s); isHTMLSpace(first) {
		r.space = true
	}
	for i, f := range strings.FieldsFunc(s, isHTMLSpace) {
		if i > 0 {
			r.space = true
		}
		if r.space && r.cur.Len() > 0 && !strings.HasSuffix(r.cur.String(), "\n") {
			r.cur.WriteByte(' ')
		}
		r.cur.WriteString(f)
		r.space = false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); isHTMLSpace(last) {
		r.space = true
	}
}

func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\u00a0', '\u200b':
		return true
	}
	return false
}
