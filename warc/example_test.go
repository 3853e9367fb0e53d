package warc_test

import (
	"fmt"
	"os"

	"github.com/dyadproject/dyad/warc"
)

// Pages yields the HTML responses of an archive; other records are passed
// over.
func ExamplePages() {
	f, err := os.Open("crawl.warc.gz")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	for p, err := range warc.Pages(f, "crawl.warc.gz") {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p.URL, len(p.Body))
	}
}
