package fetch_test

import (
	"context"
	"fmt"

	"github.com/dyadproject/dyad/fetch"
)

func ExampleClient_Get() {
	c := &fetch.Client{} // private addresses refused, 16 MB cap, 5 redirects
	resp, err := c.Get(context.Background(), "https://news.example.org/story.html")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.URL, resp.ContentType, len(resp.Body))
}
