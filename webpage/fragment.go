package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FragmentText renders an HTML fragment — a feed item's content, say — as
// plain text, one paragraph per block element, paragraphs separated by
// blank lines. Text without markup comes back with its white space
// collapsed.
func FragmentText(fragment string) string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), body)
	if err != nil {
		return strings.Join(strings.Fields(fragment), " ")
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	var paras []string
	for _, b := range render(body) {
		paras = append(paras, b.text)
	}
	return strings.Join(paras, "\n\n")
}
