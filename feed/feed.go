// Package feed reads RSS and Atom feeds (and JSON Feed) with gofeed: each
// item is an article, its text taken from the item's content or, failing
// that, its description, rendered from HTML to paragraphs.
package feed

import (
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/webpage"
	"github.com/mmcdole/gofeed"
)

// Read yields the items of the feed in r as articles. name is the input's
// name for errors and for the ids of items that have neither a GUID nor a
// link. A feed that cannot be parsed yields one error; an item without
// text yields an error naming the item, and the other items still come.
func Read(r io.Reader, name string) iter.Seq2[*dyad.Article, error] {
	return func(yield func(*dyad.Article, error) bool) {
		f, err := gofeed.NewParser().Parse(r)
		if err != nil {
			yield(nil, &dyad.Error{Pos: dyad.Pos{File: name, Offset: -1}, Msg: "not a readable feed", Err: err})
			return
		}
		for i, it := range f.Items {
			a, err := item(f, it, name, i+1)
			if !yield(a, err) {
				return
			}
		}
	}
}

func item(f *gofeed.Feed, it *gofeed.Item, name string, n int) (*dyad.Article, error) {
	a := &dyad.Article{
		ID:       firstNonEmpty(it.GUID, it.Link, fmt.Sprintf("%s#%d", name, n)),
		Title:    strings.TrimSpace(webpage.FragmentText(it.Title)),
		URL:      it.Link,
		Source:   strings.TrimSpace(f.Title),
		Language: f.Language,
	}
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			a.Authors = append(a.Authors, strings.TrimSpace(p.Name))
		}
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = *it.PublishedParsed
	case it.UpdatedParsed != nil:
		a.Published = *it.UpdatedParsed
	}
	// Feeds give a time of day with the date, and zero when they have
	// none; midnight on the dot is taken as a day without a time.
	if !a.Published.IsZero() {
		h, m, s := a.Published.Clock()
		a.TimeKnown = h != 0 || m != 0 || s != 0
	}
	a.Text = webpage.FragmentText(firstNonEmpty(it.Content, it.Description))
	if strings.TrimSpace(a.Text) == "" {
		return nil, &dyad.Error{Pos: dyad.Pos{File: name + ":" + a.ID, Line: 0, Offset: -1}, Msg: fmt.Sprintf("item %d has no text", n)}
	}
	return a, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}
