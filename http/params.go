package http

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// filterParams are the query parameters of an event filter.
var filterParams = []string{"from", "to", "source", "target", "actor", "both", "code", "root", "quad", "plover", "q", "doc", "limit", "cursor"}

// parseFilter reads an event filter from query parameters. Unknown and
// repeated parameters are errors, so that a typo is not silently a query
// for everything. extra names the other parameters an endpoint takes.
func parseFilter(q url.Values, extra ...string) (dyad.EventFilter, error) {
	var f dyad.EventFilter
	for name, vs := range q {
		if !contains(filterParams, name) && !contains(extra, name) {
			return f, fmt.Errorf("unknown parameter %q; known: %s", name, strings.Join(append(append([]string{}, filterParams...), extra...), ", "))
		}
		if len(vs) > 1 {
			return f, fmt.Errorf("parameter %q given %d times", name, len(vs))
		}
	}
	var err error
	date := func(name string) dyad.Date {
		s := q.Get(name)
		if s == "" || err != nil {
			return 0
		}
		d, e := dyad.ParseDate(s)
		if e != nil {
			err = fmt.Errorf("%s: %v", name, e)
		}
		return d
	}
	number := func(name string) int {
		s := q.Get(name)
		if s == "" || err != nil {
			return 0
		}
		n, e := strconv.Atoi(s)
		if e != nil {
			err = fmt.Errorf("%s %q: want a whole number", name, s)
		}
		return n
	}
	f.From, f.To = date("from"), date("to")
	f.Source = strings.ToUpper(strings.TrimSpace(q.Get("source")))
	f.Target = strings.ToUpper(strings.TrimSpace(q.Get("target")))
	f.Actor = strings.ToUpper(strings.TrimSpace(q.Get("actor")))
	switch q.Get("both") {
	case "", "0", "false":
	case "1", "true":
		f.BothWays = true
	default:
		err = fmt.Errorf("both %q: want 1 or 0", q.Get("both"))
	}
	f.Code, f.Root = strings.TrimSpace(q.Get("code")), strings.TrimSpace(q.Get("root"))
	f.Quad = dyad.QuadClass(number("quad"))
	f.PLOVER = strings.ToUpper(strings.TrimSpace(q.Get("plover")))
	f.Query, f.Doc, f.Cursor = q.Get("q"), q.Get("doc"), q.Get("cursor")
	f.Limit = number("limit")
	if q.Has("limit") && f.Limit == 0 && err == nil {
		err = fmt.Errorf("limit 0: want 1 to %d", dyad.MaxLimit)
	}
	if err != nil {
		return f, err
	}
	return f, f.Validate()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
