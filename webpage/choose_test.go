package webpage

import (
	"flag"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/internal/shingle"
	"golang.org/x/net/html"
)

var chooseStats = flag.Bool("choosestats", false, "print features of the two extractors' texts on the shared benchmark pages")

func joinBlocks(bs []block) string {
	var s []string
	for _, b := range bs {
		s = append(s, b.text)
	}
	return strings.Join(s, "\n\n")
}

// TestChooseStats prints, for each shared benchmark page, how the two
// extractors' cleaned texts score and compare, and the paragraphs only
// trafilatura has: the tool behind the rules of choose (run with
// -choosestats -v).
func TestChooseStats(t *testing.T) {
	if !*chooseStats {
		t.Skip("run with -choosestats")
	}
	dir := shared.Path(t, "articles")
	gold := loadGold(t, dir)
	var ids []string
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g := gold[id]
		page := readGz(t, filepath.Join(dir, "html", id+".html.gz"))
		text, _ := decode(page, "")
		doc, _ := html.Parse(strings.NewReader(text))
		_, pc, tb, err := extract(doc, g.URL)
		if err != nil {
			t.Logf("%s: %v", id[:8], err)
			continue
		}
		rb := readabilityBlocks(doc, g.URL)
		tb, rb = clean(pc, tb), clean(pc, rb)
		T, R := joinBlocks(tb), joinBlocks(rb)
		ct, cr := shingle.Match(g.ArticleBody, T), shingle.Match(g.ArticleBody, R)
		// containment of T in R, and R's extra prose
		tg, rg := fourGrams(T), fourGrams(R)
		in := 0
		for k := range tg {
			if rg[k] {
				in++
			}
		}
		cont := float64(in) / float64(max(1, len(tg)))
		extraProse, extraOther := 0, 0
		for _, b := range rb {
			bg := fourGrams(b.text)
			shared := 0
			for k := range bg {
				if tg[k] {
					shared++
				}
			}
			if len(bg) > 0 && shared*2 < len(bg) {
				if isProse(b.text) {
					extraProse += len(b.text)
				} else {
					extraOther += len(b.text)
				}
			}
		}
		// T-only blocks, by position
		inR := make([]bool, len(tb))
		for i, b := range tb {
			bg := fourGrams(b.text)
			sh := 0
			for k := range bg {
				if rg[k] {
					sh++
				}
			}
			inR[i] = len(bg) == 0 || sh*2 >= len(bg)
		}
		first, last := -1, -1
		for i := range tb {
			if inR[i] {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		gs := fourGrams(g.ArticleBody)
		for i, b := range tb {
			if inR[i] || len(R) == 0 {
				continue
			}
			pos := "mid"
			if i < first {
				pos = "lead"
			} else if i > last {
				pos = "tail"
			}
			gin, gout := 0, 0
			for k := range fourGrams(b.text) {
				if gs[k] {
					gin++
				} else {
					gout++
				}
			}
			t.Logf("TONLY %s %s gold=%d junk=%d %.90q", pos, id[:8], gin, gout, b.text)
		}
		t.Logf("%s T F1=%.2f P=%.2f R=%.2f len=%5d | R F1=%.2f P=%.2f R=%.2f len=%5d | cont=%.2f extraProse=%5d other=%5d", id[:8],
			f1(ct), ct.Precision(), ct.Recall(), len(T), f1(cr), cr.Precision(), cr.Recall(), len(R), cont, extraProse, extraOther)
	}
}

func f1(c shingle.Counts) float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func TestChoose(t *testing.T) {
	para := func(s string) string {
		return s + " sentence with enough words in it to be counted as running text by the rules here."
	}
	story := []string{para("Alpha"), para("Bravo"), para("Charlie")}
	blocks := func(ss ...string) []block {
		var bs []block
		for _, s := range ss {
			bs = append(bs, block{tag: "p", text: s})
		}
		return bs
	}
	long := func(n int) []string {
		var ss []string
		for i := range n {
			ss = append(ss, para(fmt.Sprintf("Extra %d", i)))
		}
		return ss
	}
	tests := []struct {
		name       string
		traf, read []block
		want       []string
	}{
		{"no second opinion", blocks(story...), nil, story},
		{"teaser before and after the story", blocks(append(append([]string{"Other story headline that readability left out"}, story...), "Most read today on our site")...), blocks(story...), story},
		{"trafilatura found nothing", blocks("Menu"), blocks(story...), story},
		{"readability found much more of the story", blocks(story[0]), blocks(append([]string{story[0]}, long(20)...)...), append([]string{story[0]}, long(20)...)},
		{"disagreement: trafilatura kept", blocks(story...), blocks(long(3)...), story},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range choose(tt.traf, tt.read) {
				got = append(got, b.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
