package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
)

func TestZZWords(t *testing.T) {
	if os.Getenv("ZZWORDS") == "" {
		t.Skip()
	}
	db, err := sqlite.Open(context.Background(), os.Getenv("ZZDB"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Store.Close()
	words := strings.Fields("officials said talks border troops minister president rebels police protest aid agreement ceasefire election sanctions attack meeting envoy refugees militia oil gas trade nuclear security visit")
	for _, w := range words {
		var ds []time.Duration
		for range 3 {
			start := time.Now()
			if _, err := db.FindEvents(context.Background(), dyad.EventFilter{Query: w}); err != nil {
				t.Fatal(err)
			}
			ds = append(ds, time.Since(start).Round(time.Millisecond))
		}
		fmt.Println(w, ds)
	}
}
