package dyad

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// QuadClass is the four-way grouping of CAMEO roots used by GDELT.
type QuadClass int

const (
	VerbalCooperation   QuadClass = 1
	MaterialCooperation QuadClass = 2
	VerbalConflict      QuadClass = 3
	MaterialConflict    QuadClass = 4
)

func (q QuadClass) String() string {
	switch q {
	case VerbalCooperation:
		return "verbal cooperation"
	case MaterialCooperation:
		return "material cooperation"
	case VerbalConflict:
		return "verbal conflict"
	case MaterialConflict:
		return "material conflict"
	}
	return "QuadClass(" + strconv.Itoa(int(q)) + ")"
}

// EventCode is one entry of the CAMEO ontology.
type EventCode struct {
	Code      string    // e.g. "0841"
	Root      string    // the two-digit root, e.g. "08"
	Quad      QuadClass // GDELT QuadClass of the root
	Goldstein float64   // conflict (-10) to cooperation (+10)
	PLOVER    string    // PLOVER 2021 event type, upper case; "" for statements (01)
	Name      string    // e.g. "Return, release person(s)"
}

//go:embed cameo.tsv
var cameoTSV string

var (
	cameoCodes []EventCode
	cameoIndex map[string]int
)

func init() {
	var err error
	cameoCodes, err = parseCAMEO(cameoTSV)
	if err != nil {
		panic(err) // the table is part of the binary: a bad one is a build defect
	}
	cameoIndex = make(map[string]int, len(cameoCodes))
	for i, c := range cameoCodes {
		cameoIndex[c.Code] = i
	}
}

func parseCAMEO(data string) ([]EventCode, error) {
	var codes []EventCode
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("cameo.tsv:%d: want 6 columns, have %d", n+1, len(f))
		}
		quad, err1 := strconv.Atoi(f[2])
		gold, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil || quad < 1 || quad > 4 || !strings.HasPrefix(f[0], f[1]) {
			return nil, fmt.Errorf("cameo.tsv:%d: malformed row", n+1)
		}
		codes = append(codes, EventCode{Code: f[0], Root: f[1], Quad: QuadClass(quad), Goldstein: gold, PLOVER: f[4], Name: f[5]})
	}
	return codes, nil
}

// LookupCode returns the ontology entry of a CAMEO event code.
func LookupCode(code string) (EventCode, bool) {
	i, ok := cameoIndex[code]
	if !ok {
		return EventCode{}, false
	}
	return cameoCodes[i], true
}

// EventCodes returns every CAMEO code, sorted.
func EventCodes() []EventCode {
	out := append([]EventCode(nil), cameoCodes...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
