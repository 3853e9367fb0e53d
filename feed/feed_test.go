package feed

import (
	"fmt"
	"strings"
	"testing"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><language>en</language>
<item><title>Talks resume</title><link>https://news.example.org/1</link><guid>ex-1</guid>
<pubDate>Sat, 17 Nov 2007 15:51:00 GMT</pubDate>
<description>&lt;p&gt;Delegations met on Saturday.&lt;/p&gt;&lt;p&gt;More talks are due.&lt;/p&gt;</description></item>
<item><title>No body</title><link>https://news.example.org/2</link></item>
<item><title>Plain</title><description>Troops left the town.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title>
<entry><title>Ceasefire holds</title><id>urn:x:1</id><link href="https://a.example/1"/>
<updated>2021-03-04T09:07:00Z</updated><author><name>Lina Haddad</name></author>
<content type="html">&lt;p&gt;The ceasefire held for a second day.&lt;/p&gt;</content></entry>
</feed>`

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"rss", rss, []string{
			"ex-1|Talks resume|2007-11-17T15:51:00Z|Example Wire|Delegations met on Saturday.\n\nMore talks are due.",
			"error",
			"feed.xml#3|Plain||Example Wire|Troops left the town.",
		}},
		{"atom", atomFeed, []string{"urn:x:1|Ceasefire holds|2021-03-04T09:07:00Z|Atom Example|The ceasefire held for a second day."}},
		{"garbage", "\x00\x01 not a feed", []string{"error"}},
		{"truncated", rss[:200], []string{"error"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for a, err := range Read(strings.NewReader(tt.in), "feed.xml") {
				if err != nil {
					got = append(got, "error")
					continue
				}
				got = append(got, strings.Join([]string{a.ID, a.Title, a.PublishedString(), a.Source, a.Text}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add(rss)
	f.Add(atomFeed)
	f.Fuzz(func(t *testing.T, in string) {
		for a, err := range Read(strings.NewReader(in), "f") {
			if (a == nil) == (err == nil) {
				t.Fatalf("article %v and error %v", a, err)
			}
		}
	})
}

func ExampleRead() {
	for a, err := range Read(strings.NewReader(atomFeed), "atom.xml") {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(a.ID, a.PublishedString(), a.Authors, a.Text)
	}
	// Output: urn:x:1 2021-03-04T09:07:00Z [Lina Haddad] The ceasefire held for a second day.
}
