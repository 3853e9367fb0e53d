package output

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// gdeltWriter writes the 61 tab-separated columns of the GDELT 2.0 event
// table, without a header as GDELT does. Columns dyad has no data for
// (tone, geography, ethnic codes) are left empty; each event is one
// mention in one article.
type gdeltWriter struct {
	w   *bufio.Writer
	id  int64
	now func() time.Time
}

func newGDELT(w io.Writer) *gdeltWriter { return &gdeltWriter{w: bufio.NewWriter(w), now: time.Now} }

// nonCountry lists the leading code segments that are not countries.
var nonCountry = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "---": true, "UIS": true}

// religions lists the CAMEO religion segments GDELT reports apart.
var religions = map[string]bool{"MOS": true, "SUN": true, "SHI": true, "CHR": true, "CTH": true, "ORT": true, "PRO": true,
	"JEW": true, "HIN": true, "BUD": true, "SIK": true, "ATH": true, "BAH": true, "CON": true, "TAO": true, "ZRO": true, "ITR": true, "DRZ": true}

// actorColumns splits an actor code into GDELT's ten actor columns:
// code, name, country, known group, ethnic, religion 1 and 2, type 1–3.
func actorColumns(code, name string) []string {
	cols := make([]string, 10)
	if code == "" || code == "---" {
		return cols
	}
	cols[0], cols[1] = code, strings.ToUpper(clean(name))
	var segs []string
	for i := 0; i+3 <= len(code); i += 3 {
		segs = append(segs, code[i:i+3])
	}
	if len(segs) == 0 {
		return cols
	}
	rest := segs
	if !nonCountry[segs[0]] {
		cols[2], rest = segs[0], segs[1:]
	} else if segs[0] != "---" {
		cols[3] = code // an international actor: its own code is the group
		rest = segs[1:]
	} else {
		rest = segs[1:]
	}
	types := 0
	for _, s := range rest {
		switch {
		case religions[s] && cols[5] == "":
			cols[5] = s
		case religions[s] && cols[6] == "":
			cols[6] = s
		case types < 3:
			cols[7+types] = s
			types++
		}
	}
	return cols
}

func (g *gdeltWriter) Write(a *dyad.Article, events []dyad.Event) error {
	sortEvents(events)
	added := g.now().UTC().Format("20060102150405")
	url := ""
	if a != nil {
		url = a.URL
	}
	for _, e := range events {
		g.id++
		d := e.Date
		day := d.Time().YearDay()
		cols := []string{
			strconv.FormatInt(g.id, 10),
			strings.ReplaceAll(d.String(), "-", ""),
			fmt.Sprintf("%04d%02d", d.Year(), int(d.Month())),
			strconv.Itoa(d.Year()),
			fmt.Sprintf("%.4f", float64(d.Year())+float64(day)/365),
		}
		cols = append(cols, actorColumns(e.Source, e.SourceText)...)
		cols = append(cols, actorColumns(e.Target, e.TargetText)...)
		root, base, quad, gold := "", "", "", ""
		if c, ok := e.Info(); ok {
			root, quad, gold = c.Root, strconv.Itoa(int(c.Quad)), strconv.FormatFloat(c.Goldstein, 'f', -1, 64)
		}
		if len(e.Code) >= 3 {
			base = e.Code[:3]
		} else {
			base = e.Code
		}
		isRoot := "0"
		if e.Sentence == 0 {
			isRoot = "1" // from the story's lead, as GDELT marks it
		}
		cols = append(cols, isRoot, e.Code, base, root, quad, gold, "1", "1", "1", "")
		cols = append(cols, make([]string, 24)...) // Actor1Geo, Actor2Geo, ActionGeo: 8 columns each
		cols = append(cols, added, clean(url))
		if _, err := g.w.WriteString(strings.Join(cols, "\t") + "\n"); err != nil {
			return err
		}
	}
	return nil
}

func (g *gdeltWriter) Flush() error { return g.w.Flush() }
