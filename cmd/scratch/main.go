package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad/internal/shingle"
	"github.com/dyadproject/dyad/webpage"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "cmp" {
		cmp()
		return
	}
	if len(os.Args) > 2 && os.Args[1] == "dump" {
		dump(os.Args[2])
		return
	}
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
	var cs []shingle.Counts
	var total time.Duration
	for _, id := range ids {
		f, _ := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		zr, _ := gzip.NewReader(f)
		page, _ := io.ReadAll(zr)
		f.Close()
		t0 := time.Now()
		a, err := webpage.Read(webpage.Page{Body: page, URL: gt[id].URL})
		total += time.Since(t0)
		text := ""
		if err == nil {
			text = a.Text
		}
		c := shingle.Match(gt[id].ArticleBody, text)
		cs = append(cs, c)
		if os.Getenv("D") != "" && (c.Precision() < 0.97 || c.Recall() < 0.97) {
			fmt.Printf("== %s P=%.3f R=%.3f %s\n", id[:8], c.Precision(), c.Recall(), gt[id].URL)
			showDiff(gt[id].ArticleBody, text)
		}
		if os.Getenv("V") != "" {
			fmt.Printf("%s P=%.3f R=%.3f %s\n", id[:8], c.Precision(), c.Recall(), strings.TrimPrefix(gt[id].URL, "https://"))
		}
	}
	s := shingle.Summarize(cs)
	fmt.Printf("F1=%.4f P=%.4f R=%.4f time=%v pages/s=%.1f\n", s.F1, s.Precision, s.Recall, total, float64(len(ids))/total.Seconds())
}
