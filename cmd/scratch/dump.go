package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/go-shiori/dom"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

func dump(id string) {
	matches, _ := filepath.Glob("/work/shared/articles/html/" + id + "*.html.gz")
	f, _ := os.Open(matches[0])
	zr, _ := gzip.NewReader(f)
	page, _ := io.ReadAll(zr)
	r, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{ExcludeComments: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", r.Metadata)
	fmt.Println(dom.OuterHTML(r.ContentNode))
}
