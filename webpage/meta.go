package webpage

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta holds the publication-time candidates of a page, in order of
// trust: structured data first, then meta tags, then <time> elements.
type pageMeta struct {
	dates []string
}

// publishedKeys are meta names and properties that carry the publication
// instant, most specific first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "article:published", "datepublished",
	"pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
	"sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.created",
	"dc.date", "dcterms.date", "date", "og:published_time", "article.published",
}

func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	metas := map[string]string{}
	var times []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				v := attr(n, "content")
				if v == "" {
					break
				}
				// One tag may carry several keys: property="article:published"
				// itemprop="datePublished dateCreated".
				for _, a := range []string{"property", "name", "itemprop"} {
					for _, key := range strings.Fields(strings.ToLower(attr(n, a))) {
						if _, seen := metas[key]; !seen {
							metas[key] = v
						}
					}
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					if d := jsonLDPublished(n.FirstChild.Data); d != "" {
						m.dates = append(m.dates, d)
					}
				}
				return
			case "time":
				if v := attr(n, "datetime"); v != "" {
					times = append(times, v)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, k := range publishedKeys {
		if v, ok := metas[k]; ok {
			m.dates = append(m.dates, v)
		}
	}
	if len(times) > 0 {
		m.dates = append(m.dates, times[0])
	}
	return m
}

// published returns the first candidate that parses as a date, and whether
// it has a time of day.
func (m pageMeta) published() (time.Time, bool) {
	for _, s := range m.dates {
		if t, hasTime, ok := parseTimestamp(s); ok {
			return t, hasTime
		}
	}
	return time.Time{}, false
}

var timestampLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05.999999999Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04:05.999999999", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02 15:04", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"2006-01-02", false},
	{"2006/01/02", false},
	{"20060102", false},
}

// parseTimestamp reads the date forms pages put in their metadata.
func parseTimestamp(s string) (t time.Time, hasTime, ok bool) {
	s = strings.TrimSpace(s)
	for _, l := range timestampLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2200 {
				return time.Time{}, false, false
			}
			return t, l.hasTime, true
		}
	}
	return time.Time{}, false, false
}

// jsonLDPublished finds a datePublished (or dateCreated) in a JSON-LD
// block, at any depth.
func jsonLDPublished(src string) string {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return ""
	}
	var find func(v any, key string) string
	find = func(v any, key string) string {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x[key].(string); ok && s != "" {
				return s
			}
			// Keys in order, so that a page always gives the same date.
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if s := find(x[k], key); s != "" {
					return s
				}
			}
		case []any:
			for _, c := range x {
				if s := find(c, key); s != "" {
					return s
				}
			}
		}
		return ""
	}
	if s := find(v, "datePublished"); s != "" {
		return s
	}
	return find(v, "dateCreated")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
