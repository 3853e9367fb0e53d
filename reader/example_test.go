package reader_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/reader"
)

func ExampleReader_Read() {
	story := "Talks open in Cairo\nMay 1, 2020 / 2:05 PM\n\nCAIRO (Agency) - Delegations from the two governments opened talks in Cairo on Friday, officials said.\n"
	r := &reader.Reader{Stdin: strings.NewReader(story)}
	for a, err := range r.Read(context.Background(), "-") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(a.Title, "|", a.PublishedString(), "|", a.Dateline, "|", a.Source)
		fmt.Println(a.Text)
	}
	// Output:
	// Talks open in Cairo | 2020-05-01T14:05:00Z | CAIRO | Agency
	// Delegations from the two governments opened talks in Cairo on Friday, officials said.
}
