package webpage

import (
	"flag"
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
