package webpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPublished(t *testing.T) {
	tests := []struct {
		name, head string
		want       string
		hasTime    bool
	}{
		{"open graph", `<meta property="article:published_time" content="2019-11-19T11:00:09Z">`, "2019-11-19T11:00:09Z", true},
		{"several keys", `<meta property="article:published" itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">`, "2019-11-19T11:00:09Z", true},
		{"json-ld", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-03-04T09:07:00+01:00"}]}</script>`, "2021-03-04T09:07:00+01:00", true},
		{"date only", `<meta name="date" content="2007-11-17">`, "2007-11-17", false},
		{"time element", `<body><time datetime="2020-05-01T14:05">May 1</time></body>`, "2020-05-01T14:05:00Z", true},
		{"garbage", `<meta name="date" content="yesterday">`, "", false},
		{"none", ``, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got, hasTime := readMeta(doc).published()
			s := ""
			if !got.IsZero() {
				s = got.Format("2006-01-02")
				if hasTime {
					s = got.Format("2006-01-02T15:04:05Z07:00")
				}
			}
			if s != tt.want || hasTime != tt.hasTime {
				t.Errorf("got %q (time %v), want %q (time %v)", s, hasTime, tt.want, tt.hasTime)
			}
		})
	}
}
