package http_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/dyadproject/dyad"
	dyadhttp "github.com/dyadproject/dyad/http"
	"github.com/dyadproject/dyad/internal/shared"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/standard"
)

// e2eCoder codes the articles of the browser test: dyad's standard
// pipeline with the built-in dictionaries, as "dyad serve" runs it.
func e2eCoder(t *testing.T) dyad.ArticleCoder {
	p, _, err := standard.New("", dyad.DateOf(time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// chromium finds a Chromium or Chrome binary, or skips the test.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium on this machine (apt-get install chromium): skipping the browser test")
	return ""
}

// testout returns the folder for screenshots: testout/ at the repository
// root, which git ignores.
func testout(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
	out := filepath.Join(dir, "testout", "dashboard")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	return out
}

// seedArticle is the shared seed story, dated by the date line in its
// text, or nil without the shared data (the test then runs on the fixture
// stories alone).
func seedArticle(t *testing.T) map[string]any {
	if shared.Dir() == "" {
		t.Log("no ../shared data: the browser test runs without the seed story")
		return nil
	}
	path := filepath.Join(shared.Dir(), "seed", "000_8e7c8c826ba6b8ad.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	published := ""
	if m := regexp.MustCompile(`(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}`).FindString(text); m != "" {
		if d, err := time.Parse("January 2, 2006", m); err == nil {
			published = d.Format("2006-01-02")
		}
	}
	title, _, _ := strings.Cut(strings.TrimSpace(strings.SplitN(text, "\n", 3)[1]), "\n")
	return map[string]any{"doc": "seed", "title": title, "published": published, "source": "Reuters", "text": text}
}

func fixtureArticles(t *testing.T) []map[string]any {
	f, err := os.Open("testdata/stories.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

// TestDashboardEndToEnd ingests the seed story and the fixture stories
// through the API, opens the dashboard in headless Chromium, finds the
// U.S.-Iran dyad on the timeline, opens an event and checks that its
// sentence shows source, verb and target highlighted. It saves a
// screenshot of each view in testout/dashboard/.
func TestDashboardEndToEnd(t *testing.T) {
	browser := chromium(t)
	articles := fixtureArticles(t)
	if seed := seedArticle(t); seed != nil {
		articles = append([]map[string]any{seed}, articles...)
	}

	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	names, err := standard.BuiltinActorNames()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&dyadhttp.Server{Store: db, Coder: e2eCoder(t), Token: "e2e-token", Names: names}).Handler())
	defer srv.Close()

	body, _ := json.Marshal(articles)
	req, _ := http.NewRequest("POST", srv.URL+"/api/articles", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer e2e-token")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var posted struct {
		Articles []struct {
			Doc, Status string
			Events      int
		}
	}
	json.NewDecoder(resp.Body).Decode(&posted)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || len(posted.Articles) != len(articles) {
		t.Fatalf("ingest: %s, %+v", resp.Status, posted)
	}
	for _, a := range posted.Articles {
		t.Logf("ingested %s: %s, %d events", a.Doc, a.Status, a.Events)
		if a.Doc == "seed" && a.Events == 0 {
			t.Error("no events coded from the seed story")
		}
	}

	out := testout(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(browser), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 1000),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	browserCtx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(browserCtx); err != nil { // starts the browser, once
		t.Fatalf("starting %s: %v", browser, err)
	}
	ctx, cancel := context.WithTimeout(browserCtx, 90*time.Second)
	defer cancel()

	var consoleMu sync.Mutex
	var consoleErrors []string
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				consoleMu.Lock()
				consoleErrors = append(consoleErrors, m.String())
				consoleMu.Unlock()
			}
		}
	}()
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	attr := func(sel, name string) string {
		t.Helper()
		a, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(sel), name))
		if err != nil {
			t.Fatalf("%s of %s: %v", name, sel, err)
		}
		return a.Value
	}
	screenshot := func(name string) {
		t.Helper()
		// Let the charts finish their entry animation first.
		do("waiting", chromedp.Sleep(1200*time.Millisecond))
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100 gives PNG
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		path := filepath.Join(out, name+".png")
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot %s", path)
	}
	ready := func(view string) chromedp.Action[chromedp.Void] {
		return chromedp.WaitVisible(chromedp.CSS(`body[data-ready="` + view + `"]`))
	}

	// 1. The timeline: pick the U.S.-Iran dyad from the busiest dyads.
	do("timeline",
		chromedp.Navigate(srv.URL+"/?view=timeline"),
		ready("timeline"),
		chromedp.Click(chromedp.CSS(`#top-dyads a[data-source="USA"][data-target="IRN"]`)),
		ready("timeline"),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="timeline"] #timeline-summary[data-events]`)),
	)
	screenshot("1-timeline-usa-irn")
	title, events, buckets, status := text("#timeline-title"), attr("#timeline-summary", "data-events"), attr("#timeline-chart", "data-buckets"), text("#status")
	if title != "USA ↔ IRN" || atoi(events) == 0 || atoi(buckets) == 0 || status != "" {
		t.Errorf("timeline: title %q, %s events in %s buckets, status %q", title, events, buckets, status)
	}
	if url := attr("#csv", "href"); !strings.Contains(url, "source=USA") || !strings.Contains(url, "target=IRN") {
		t.Errorf("the CSV link does not carry the dyad: %s", url)
	}

	// 2. The network and 3. the map, for all events.
	do("network", chromedp.Navigate(srv.URL+"/?view=network"), ready("network"))
	screenshot("2-network")
	edges := attr("#network-chart", "data-edges")
	do("map", chromedp.Navigate(srv.URL+"/?view=map"), ready("map"))
	screenshot("3-map")
	countries := attr("#map-chart", "data-countries")
	if atoi(edges) < 5 || atoi(countries) < 8 {
		t.Errorf("network has %s edges, map %s countries", edges, countries)
	}

	// 4. The event table of the dyad: click the first event and read the
	// highlighted sentence.
	do("events",
		chromedp.Navigate(srv.URL+"/?view=events&source=USA&target=IRN&both=1"),
		ready("events"),
	)
	eventID := attr(`#event-table tbody tr:first-child`, "data-id")
	do("opening an event",
		chromedp.Click(chromedp.CSS(`#event-table tbody tr:first-child`)),
		chromedp.WaitVisible(chromedp.CSS(`#sentence[data-event="`+eventID+`"] mark.verb`)),
	)
	screenshot("4-events-article")
	src, verb, tgt, sentence := text(`#sentence mark.src`), text(`#sentence mark.verb`), text(`#sentence mark.tgt`), text(`#sentence`)
	// The highlights must be the event's own words, inside its sentence.
	var page struct{ Events []dyad.StoredEvent }
	getJSON(t, srv.URL+"/api/events?source=USA&target=IRN&both=1&limit=1", &page)
	if len(page.Events) != 1 || fmt.Sprint(page.Events[0].ID) != eventID {
		t.Fatalf("first row is event %s, the API's first is %+v", eventID, page.Events)
	}
	e := page.Events[0]
	if src != e.SourceText || verb != e.VerbText || tgt != e.TargetText || sentence != e.Text {
		t.Errorf("highlighted %q / %q / %q in %q\nwant %q / %q / %q in %q", src, verb, tgt, sentence, e.SourceText, e.VerbText, e.TargetText, e.Text)
	}

	// 5. to 7.: the brush, the deduplicated table, paging, article search.
	testDashboardViews(&session{t: t, ctx: ctx, url: srv.URL, do: do, text: text, attr: attr, screenshot: screenshot, ready: ready})
	consoleMu.Lock()
	defer consoleMu.Unlock()
	if len(consoleErrors) > 0 {
		t.Errorf("console errors: %v", consoleErrors)
	}
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}
