package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/dyadproject/dyad/internal/shingle"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

func cmp() {
	dir := "/work/shared/articles"
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	b, _ := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	json.Unmarshal(b, &gt)
	var ids []string
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var ct, cr, co []shingle.Counts
	var tt, tr time.Duration
	for _, id := range ids {
		f, _ := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		zr, _ := gzip.NewReader(f)
		page, _ := io.ReadAll(zr)
		f.Close()
		doc, _ := html.Parse(bytes.NewReader(page))
		t0 := time.Now()
		cfg := trafilatura.DefaultConfig()
		cfg.MinExtractedSize = 0
		res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{ExcludeComments: true, HtmlDateMode: trafilatura.Disabled, Config: cfg})
		tt += time.Since(t0)
		ttext := ""
		if err == nil {
			ttext = res.ContentText
		}
		t0 = time.Now()
		p := readability.NewParser()
		art, err := p.ParseDocument(doc, nil)
		tr += time.Since(t0)
		rtext := ""
		if err == nil && art.Node != nil {
			var sb strings.Builder
			art.RenderText(&sb)
			rtext = sb.String()
		}
		a := shingle.Match(gt[id].ArticleBody, ttext)
		r := shingle.Match(gt[id].ArticleBody, rtext)
		ct = append(ct, a)
		cr = append(cr, r)
		fa := f1(a)
		fr := f1(r)
		if fa >= fr {
			co = append(co, a)
		} else {
			co = append(co, r)
		}
		if fa < 0.9 || fr < 0.9 {
			fmt.Printf("%s traf P=%.2f R=%.2f len=%6d | read P=%.2f R=%.2f len=%6d  %s\n", id[:8], a.Precision(), a.Recall(), len(ttext), r.Precision(), r.Recall(), len(rtext), gt[id].URL)
		}
	}
	for _, x := range []struct {
		n string
		c []shingle.Counts
	}{{"traf", ct}, {"read", cr}, {"oracle", co}} {
		s := shingle.Summarize(x.c)
		fmt.Printf("%s F1=%.4f P=%.4f R=%.4f\n", x.n, s.F1, s.Precision, s.Recall)
	}
	fmt.Println(tt, tr)
}

func f1(c shingle.Counts) float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
