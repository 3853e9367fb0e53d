package http_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	dyadhttp "github.com/dyadproject/dyad/http"
	"github.com/dyadproject/dyad/internal/fakecoder"
	"github.com/dyadproject/dyad/internal/storetest"
	"github.com/dyadproject/dyad/sqlite"
)

const token = "secret-token"

// newServer serves a SQLite store holding the storetest fixture stories.
func newServer(t *testing.T, configure ...func(*dyadhttp.Server)) (*httptest.Server, dyad.Store) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.PutArticles(context.Background(), storetest.Stories(), false); err != nil {
		t.Fatal(err)
	}
	s := &dyadhttp.Server{Store: db, Coder: fakecoder.Coder{}, Token: token}
	for _, c := range configure {
		c(s)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return srv, db
}

func do(t *testing.T, method, url, auth, body string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func count(t *testing.T, s dyad.Store) (articles, events int) {
	t.Helper()
	arts, _, err := s.FindArticles(context.Background(), dyad.ArticleFilter{Limit: dyad.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.FindEvents(context.Background(), dyad.EventFilter{Limit: dyad.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	return len(arts), len(p.Events)
}

func TestEvents(t *testing.T) {
	srv, _ := newServer(t)
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"all", "", 8},
		{"dyad", "source=usa&target=IRN", 4},
		{"dyad both ways", "source=IRN&target=USA&both=1", 5},
		{"root and dates", "root=11&from=2007-11-01&to=2007-11-30", 3},
		{"quad", "quad=4", 1},
		{"plover", "plover=consult", 1},
		{"text", "q=prisoners", 1},
		{"code prefix", "code=02", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, "GET", srv.URL+"/api/events?"+tt.query, "", "")
			if resp.StatusCode != 200 || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
				t.Fatalf("%s: %s", resp.Status, body)
			}
			var got struct {
				Events []map[string]any `json:"events"`
				Next   *string          `json:"next"`
			}
			if err := json.Unmarshal(body, &got); err != nil || got.Next == nil {
				t.Fatalf("body %s: %v", body, err)
			}
			if len(got.Events) != tt.want {
				t.Errorf("%d events, want %d", len(got.Events), tt.want)
			}
			// The fields of "dyad code" are all there.
			for _, f := range []string{"doc", "date", "source", "target", "code", "root", "quad", "goldstein", "plover", "sentence", "text",
				"source_text", "target_text", "verb_text", "source_span", "target_span", "verb_span", "pattern"} {
				for _, e := range got.Events {
					if _, ok := e[f]; !ok {
						t.Fatalf("event without %q: %v", f, e)
					}
				}
			}
		})
	}
}

func TestPaging(t *testing.T) {
	srv, _ := newServer(t)
	seen := map[float64]bool{}
	url := srv.URL + "/api/events?limit=3"
	for pages := 0; url != ""; pages++ {
		var got struct {
			Events []struct{ ID float64 }
			Next   string
		}
		_, body := do(t, "GET", url, "", "")
		json.Unmarshal(body, &got)
		for _, e := range got.Events {
			if seen[e.ID] {
				t.Fatalf("event %v twice", e.ID)
			}
			seen[e.ID] = true
		}
		url = ""
		if got.Next != "" {
			url = srv.URL + "/api/events?limit=3&cursor=" + got.Next
		}
		if pages > 5 {
			t.Fatal("paging does not end")
		}
	}
	if len(seen) != 8 {
		t.Errorf("paged through %d events, want 8", len(seen))
	}
}

func TestCSV(t *testing.T) {
	srv, _ := newServer(t)
	resp, body := do(t, "GET", srv.URL+"/api/events.csv?source=USA", "", "")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Fatalf("%s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || rows[0][0] != "id" || rows[1][4] != "USAGOV" {
		t.Errorf("csv: %q", rows)
	}
	_, body = do(t, "GET", srv.URL+"/api/events.csv?limit=2", "", "")
	if n := bytes.Count(body, []byte("\n")); n != 3 {
		t.Errorf("limit=2 gave %d lines", n)
	}
}

func TestAggregatesAndViews(t *testing.T) {
	srv, _ := newServer(t)
	tests := []struct {
		path string
		re   string // what the body must match
	}{
		{"/api/aggregate?source=USA&target=IRN&both=1&interval=week", `"start":"2007-11-12","events":3,"goldstein":-6`},
		{"/api/aggregate?actor=IRQ&interval=day", `"start":"2007-11-20","events":2`},
		{"/api/aggregate?interval=month", `"start":"2007-12-01","events":1,"goldstein":-10`},
		{"/api/dedup?root=11&source=USA", `"mentions":2,"articles":2`},
		{"/api/dyads?by=country&limit=1", `\{"dyads":\[\{"source":"USA","target":"IRN","events":4,`},
		{"/api/countries", `\{"country":"IRN","events":6\}`},
		{"/api/articles?q=prisoners", `"doc":"wire-release"`},
		{"/api/codes", `"code":"0841","root":"08","quad":2,"goldstein":7,"plover":"RETREAT"`},
	}
	for _, tt := range tests {
		resp, body := do(t, "GET", srv.URL+tt.path, "", "")
		if resp.StatusCode != 200 || !regexp.MustCompile(tt.re).Match(body) {
			t.Errorf("GET %s: %s %s\nwant match for %s", tt.path, resp.Status, body, tt.re)
		}
	}
}

func TestArticle(t *testing.T) {
	srv, _ := newServer(t)
	var list struct{ Articles []struct{ ID int64 } }
	_, body := do(t, "GET", srv.URL+"/api/articles?q=talks", "", "")
	json.Unmarshal(body, &list)
	if len(list.Articles) != 1 {
		t.Fatalf("search: %s", body)
	}
	_, body = do(t, "GET", srv.URL+"/api/articles/"+itoa(list.Articles[0].ID), "", "")
	var a struct {
		Doc, Text, Published string
		Events               []dyad.StoredEvent
	}
	if err := json.Unmarshal(body, &a); err != nil {
		t.Fatal(err)
	}
	if a.Doc != "wire-talks" || a.Published != "2007-11-20" || len(a.Events) != 3 {
		t.Fatalf("article: %s", body)
	}
	for _, e := range a.Events {
		if e.VerbSpan.Of(a.Text) != e.VerbText || e.SentenceSpan.Of(a.Text) != e.Text {
			t.Errorf("spans do not point into the text: %+v", e)
		}
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

func TestActorNames(t *testing.T) {
	srv, _ := newServer(t, func(s *dyadhttp.Server) {
		s.Names = dyad.ActorNames{"USA": "United States", "IRN": "Iran"}
	})
	var body struct{ Names map[string]string }
	getJSON(t, srv.URL+"/api/actors?codes=USA,IRNGOV,zzz", &body)
	want := map[string]string{"USA": "United States", "IRNGOV": "Iran government"}
	if len(body.Names) != len(want) || body.Names["USA"] != want["USA"] || body.Names["IRNGOV"] != want["IRNGOV"] {
		t.Errorf("names %v, want %v", body.Names, want)
	}
	// A server without names answers with none.
	bare, _ := newServer(t)
	var none struct{ Names map[string]string }
	getJSON(t, bare.URL+"/api/actors?codes=USA", &none)
	if len(none.Names) != 0 {
		t.Errorf("a server without names named %v", none.Names)
	}
}

func TestOpenAPI(t *testing.T) {
	srv, _ := newServer(t)
	_, body := do(t, "GET", srv.URL+"/api/openapi.json", "", "")
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(body, &doc); err != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi.json: %v", err)
	}
	for _, route := range []string{"GET /api/events", "GET /api/events.csv", "GET /api/aggregate", "GET /api/dedup", "GET /api/dyads",
		"GET /api/countries", "GET /api/articles", "POST /api/articles", "GET /api/articles/{id}", "DELETE /api/articles/{id}", "GET /api/codes", "GET /api/actors", "GET /api/openapi.json"} {
		method, path, _ := strings.Cut(route, " ")
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("openapi.json does not describe %s", route)
		}
	}
}

func TestPostAndDelete(t *testing.T) {
	srv, store := newServer(t)
	a0, e0 := count(t, store)
	story := `{"doc": "post-1", "published": "2008-02-01", "url": "https://x.example/1", "text": "Russia accuses Ukraine of stealing gas. Kyiv blames Moscow for the cuts."}`
	resp, body := do(t, "POST", srv.URL+"/api/articles", token, story)
	if resp.StatusCode != http.StatusCreated || !strings.Contains(string(body), `"status":"added","events":2`) {
		t.Fatalf("POST: %s %s", resp.Status, body)
	}
	// Again, and with the same text under another URL: nothing changes.
	for _, again := range []string{story, strings.Replace(story, "x.example/1", "x.example/2", 1)} {
		resp, body = do(t, "POST", srv.URL+"/api/articles", token, again)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"status":"unchanged"`) {
			t.Errorf("POST again: %s %s", resp.Status, body)
		}
	}
	if a, e := count(t, store); a != a0+1 || e != e0+2 {
		t.Errorf("after posting: %d articles, %d events; want %d, %d", a, e, a0+1, e0+2)
	}
	var res struct{ Articles []struct{ ID int64 } }
	json.Unmarshal(body, &res)
	id := itoa(res.Articles[0].ID)
	if resp, _ := do(t, "DELETE", srv.URL+"/api/articles/"+id, "wrong", ""); resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("DELETE with a wrong token: %s", resp.Status)
	}
	if resp, _ := do(t, "DELETE", srv.URL+"/api/articles/"+id, token, ""); resp.StatusCode != http.StatusNoContent {
		t.Errorf("DELETE: %s", resp.Status)
	}
	if resp, _ := do(t, "DELETE", srv.URL+"/api/articles/"+id, token, ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("DELETE again: %s", resp.Status)
	}
	if a, e := count(t, store); a != a0 || e != e0 {
		t.Errorf("after deleting: %d articles, %d events; want %d, %d", a, e, a0, e0)
	}
}

// TestBadRequests sends malformed parameters, bad bodies and wrong tokens:
// each gets a clear 4xx with a JSON error, and nothing is stored.
func TestBadRequests(t *testing.T) {
	srv, store := newServer(t, func(s *dyadhttp.Server) { s.MaxBody = 64 << 10 })
	a0, e0 := count(t, store)
	good := `{"doc": "d", "published": "2008-02-01", "text": "Russia accuses Ukraine of stealing gas."}`
	tests := []struct {
		name, method, path, auth, body string
		status                         int
		msg                            string // in the error
	}{
		{"unknown parameter", "GET", "/api/events?sorce=USA", "", "", 400, "unknown parameter"},
		{"repeated parameter", "GET", "/api/events?source=USA&source=IRN", "", "", 400, "2 times"},
		{"bad date", "GET", "/api/events?from=2007-13-01", "", "", 400, "from"},
		{"reversed dates", "GET", "/api/events?from=2008-01-01&to=2007-01-01", "", "", 400, "before"},
		{"bad actor", "GET", "/api/events?source=US%27%3B--", "", "", 400, "source"},
		{"bad code", "GET", "/api/events?code=1x", "", "", 400, "code"},
		{"bad root", "GET", "/api/events?root=123", "", "", 400, "root"},
		{"bad quad", "GET", "/api/events?quad=7", "", "", 400, "quad"},
		{"quad not a number", "GET", "/api/events?quad=war", "", "", 400, "quad"},
		{"limit too big", "GET", "/api/events?limit=100000", "", "", 400, "limit"},
		{"limit zero", "GET", "/api/events?limit=0", "", "", 400, "limit"},
		{"bad cursor", "GET", "/api/events?cursor=%00%01", "", "", 400, "cursor"},
		{"query without words", "GET", "/api/events?q=%22%29%28*", "", "", 400, "no words"},
		{"huge query", "GET", "/api/events?q=" + strings.Repeat("a", 600), "", "", 400, "q"},
		{"bad interval", "GET", "/api/aggregate?interval=year", "", "", 400, "interval"},
		{"bad dyads grouping", "GET", "/api/dyads?by=continent", "", "", 400, "by"},
		{"csv limit", "GET", "/api/events.csv?limit=-1", "", "", 400, "limit"},
		{"article id", "GET", "/api/articles/abc", "", "", 400, "article id"},
		{"bad actor code to name", "GET", "/api/actors?codes=USA,us-a", "", "", 400, "codes"},
		{"too many codes to name", "GET", "/api/actors?codes=" + strings.Repeat("USA,", 501), "", "", 400, "at most 500"},
		{"unknown parameter of actors", "GET", "/api/actors?code=USA", "", "", 400, "unknown parameter"},
		{"missing article", "GET", "/api/articles/99999", "", "", 404, "not found"},
		{"no such endpoint", "GET", "/api/nothing", "", "", 404, "no such endpoint"},
		{"no token", "POST", "/api/articles", "", good, 401, "Bearer"},
		{"wrong token", "POST", "/api/articles", "guess", good, 401, "Bearer"},
		{"delete without token", "DELETE", "/api/articles/1", "", "", 401, "Bearer"},
		{"empty body", "POST", "/api/articles", token, "", 400, "empty body"},
		{"not JSON", "POST", "/api/articles", token, "text=hello", 400, "body"},
		{"unknown field", "POST", "/api/articles", token, `{"text": "Russia accuses Ukraine.", "evil": 1}`, 400, "unknown field"},
		{"no text", "POST", "/api/articles", token, `{"doc": "x", "text": "  "}`, 400, "no text"},
		{"bad date in body", "POST", "/api/articles", token, `{"published": "yesterday", "text": "Russia accuses Ukraine."}`, 400, "published"},
		{"server fields", "POST", "/api/articles", token, `{"id": 5, "text": "Russia accuses Ukraine."}`, 400, "set by the server"},
		{"two values", "POST", "/api/articles", token, good + good, 400, "more than one"},
		{"bad recode", "POST", "/api/articles?recode=maybe", token, good, 400, "recode"},
		{"too many articles", "POST", "/api/articles", token, "[" + strings.TrimSuffix(strings.Repeat(`{"text": "a"},`, 101), ",") + "]", 400, "at most 100"},
		{"huge body", "POST", "/api/articles", token, `{"text": "` + strings.Repeat("Russia accuses Ukraine. ", 10000) + `"}`, 413, "larger than"},
		{"one bad article in a batch", "POST", "/api/articles", token, "[" + good + `, {"text": ""}]`, 400, "article 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, tt.method, srv.URL+tt.path, tt.auth, tt.body)
			var e struct {
				Error  string
				Status int
			}
			if err := json.Unmarshal(body, &e); err != nil {
				t.Fatalf("%s: body is not a JSON error: %s", resp.Status, body)
			}
			if resp.StatusCode != tt.status || e.Status != tt.status || !strings.Contains(e.Error, tt.msg) {
				t.Errorf("%s %q, want %d with %q", resp.Status, e.Error, tt.status, tt.msg)
			}
		})
	}
	if a, e := count(t, store); a != a0 || e != e0 {
		t.Errorf("bad requests changed the store: %d articles, %d events; want %d, %d", a, e, a0, e0)
	}
}

func TestWritesDisabledWithoutToken(t *testing.T) {
	srv, _ := newServer(t, func(s *dyadhttp.Server) { s.Token = "" })
	resp, body := do(t, "POST", srv.URL+"/api/articles", "", `{"text": "Russia accuses Ukraine."}`)
	if resp.StatusCode != http.StatusForbidden || !strings.Contains(string(body), "disabled") {
		t.Errorf("%s %s", resp.Status, body)
	}
}

func TestRateLimit(t *testing.T) {
	srv, _ := newServer(t, func(s *dyadhttp.Server) { s.Rate, s.Burst = 0.001, 3 })
	var codes []int
	for range 5 {
		resp, _ := do(t, "GET", srv.URL+"/api/codes", "", "")
		codes = append(codes, resp.StatusCode)
	}
	if codes[2] != 200 || codes[3] != http.StatusTooManyRequests || codes[4] != http.StatusTooManyRequests {
		t.Errorf("statuses %v, want 3 × 200 then 429", codes)
	}
}

func TestDashboardIsServed(t *testing.T) {
	srv, _ := newServer(t)
	for _, path := range []string{"/", "/app.js", "/app.css", "/vendor/echarts.min.js", "/vendor/countries-110m.json"} {
		resp, body := do(t, "GET", srv.URL+path, "", "")
		if resp.StatusCode != 200 || len(body) == 0 {
			t.Errorf("GET %s: %s", path, resp.Status)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("GET %s: CSP %q", path, csp)
		}
	}
	// The page puts database text in with textContent only.
	_, js := do(t, "GET", srv.URL+"/app.js", "", "")
	if regexp.MustCompile(`\.innerHTML\s*=|insertAdjacentHTML|document\.write`).Match(js) {
		t.Error("app.js writes markup; it must set text only")
	}
	if resp, _ := do(t, "POST", srv.URL+"/", "", "x"); resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %s", resp.Status)
	}
}
