package webpage

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/wire"
	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// Page is one HTML page to read.
type Page struct {
	Body        []byte // the page as it came, in any charset
	ContentType string // the HTTP Content-Type header, if any, for the charset
	URL         string // where the page came from, if known
}

// ErrNoText is returned for a page in which no article text is found.
var ErrNoText = errors.New("no article text found")

// Read extracts the article of a page. The article's ID is left for the
// caller to set.
func Read(p Page) (*dyad.Article, error) {
	text, _ := decode(p.Body, p.ContentType)
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	return ReadDocument(doc, p.URL)
}

// ReadDocument extracts the article of a parsed page.
func ReadDocument(doc *html.Node, pageURL string) (*dyad.Article, error) {
	a, pc, blocks, err := extract(doc, pageURL)
	if err != nil {
		return nil, err
	}
	blocks = choose(clean(pc, blocks), clean(pc, readabilityBlocks(doc, pageURL)))
	// The dateline is metadata, as in wire stories: it leaves the text, so
	// that the first sentence reads as a sentence.
	if len(blocks) > 0 {
		if place, agency, n, ok := wire.Dateline(blocks[0].text); ok {
			a.Dateline = place
			if a.Source == "" {
				a.Source = agency
			}
			rest := strings.TrimSpace(blocks[0].text[n:])
			if r, size := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
				rest = string(unicode.ToUpper(r)) + rest[size:]
			}
			blocks[0].text = rest
			if rest == "" {
				blocks = blocks[1:]
			}
		}
	}
	var b bytes.Buffer
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.text)
	}
	a.Text = b.String()
	if strings.TrimSpace(a.Text) == "" {
		return nil, ErrNoText
	}
	return a, nil
}

// extract finds the metadata and the main text of a page, before cleaning.
func extract(doc *html.Node, pageURL string) (*dyad.Article, *pageContext, []block, error) {
	meta := readMeta(doc)
	opts := trafilatura.Options{
		ExcludeComments: true,
		// The date is found below, with its time of day; trafilatura need
		// not look for it again.
		HtmlDateMode: trafilatura.Disabled,
	}
	if u, err := nurl.ParseRequestURI(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	md := res.Metadata
	a := &dyad.Article{
		Title:    cleanTitle(md.Title, md.Sitename),
		Source:   md.Sitename,
		URL:      firstNonEmpty(md.URL, pageURL),
		Language: md.Language,
		Authors:  splitAuthors(md.Author),
	}
	a.Published, a.TimeKnown = meta.published()
	if a.Published.IsZero() {
		hd := htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, URL: a.URL}
		if r, err := htmldate.FromDocument(doc, hd); err == nil && !r.IsZero() {
			a.Published, a.TimeKnown = r.DateTime, r.HasTime
		}
	}
	pc := &pageContext{title: md.Title, description: md.Description, index: indexPage(doc)}
	return a, pc, render(res.ContentNode), nil
}

// readabilityBlocks is the second opinion: the main text as go-readability
// finds it, or nil.
func readabilityBlocks(doc *html.Node, pageURL string) []block {
	p := readability.NewParser()
	u, _ := nurl.Parse(pageURL)
	art, err := p.ParseDocument(doc, u)
	if err != nil || art.Node == nil {
		return nil
	}
	return render(art.Node)
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// splitAuthors splits trafilatura's "A; B" author list.
func splitAuthors(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// cleanTitle drops a trailing " | Site" or " - Site" from a title.
func cleanTitle(title, site string) string {
	title = strings.TrimSpace(title)
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}
