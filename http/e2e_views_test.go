package http_test

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/dyadproject/dyad"
)

// session is what the steps of the browser test share: the page, the
// server, and the test's helpers.
type session struct {
	t          *testing.T
	ctx        context.Context
	url        string
	do         func(what string, steps ...chromedp.Action[chromedp.Void])
	text       func(sel string) string
	attr       func(sel, name string) string
	screenshot func(name string)
	ready      func(view string) chromedp.Action[chromedp.Void]
}

func evaluate[T any](b *session, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		b.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// testDashboardViews drives the views beyond the first four: names next
// to codes, the timeline's aligned axes and its date brush, the
// deduplicated table, paging, and article search.
func testDashboardViews(b *session) {
	b.t.Helper()
	testTimelineBrush(b)
	testDedupTable(b)
	testPaging(b)
	testArticleSearch(b)
}

// testTimelineBrush drags across the U.S.-Iran timeline and checks that
// the days chosen go to the URL, the filter form and every view.
func testTimelineBrush(b *session) {
	t := b.t
	const dyadQuery = "source=USA&target=IRN&both=1"
	b.do("timeline of the dyad", chromedp.Navigate(b.url+"/?view=timeline&interval=day&"+dyadQuery), b.ready("timeline"))
	if names := b.text("#timeline-names"); !strings.Contains(names, "United States") || !strings.Contains(names, "Iran") {
		t.Errorf("timeline names %q: want the names of USA and IRN", names)
	}
	// The Goldstein axis has its zero on the line of the events axis's.
	zeros := evaluate[[]float64](b, `(() => { const c = echarts.getInstanceByDom(document.getElementById("timeline-chart"));
		return [c.convertToPixel({yAxisIndex: 0}, 0), c.convertToPixel({yAxisIndex: 1}, 0)]; })()`)
	if len(zeros) != 2 || zeros[0]-zeros[1] > 1 || zeros[1]-zeros[0] > 1 {
		t.Errorf("the zeros of the two axes are at %v pixels", zeros)
	}
	if evaluate[bool](b, `document.getElementById("loading").hidden`) == false {
		t.Error("the loading indicator is still shown when the timeline is ready")
	}

	// Drag from before the dyad's first day to a day before its last.
	var all struct{ Events []dyad.StoredEvent }
	getJSON(t, b.url+"/api/events?limit=1000&"+dyadQuery, &all)
	var days []string
	for _, e := range all.Events {
		days = append(days, e.Date.String())
	}
	slices.Sort(days)
	days = slices.Compact(days)
	if len(days) < 2 {
		t.Fatalf("the dyad has events on %d days: too few to choose a part of", len(days))
	}
	first, _ := time.Parse("2006-01-02", days[0])
	from, to := first.AddDate(0, 0, -3).Format("2006-01-02"), days[(len(days)-1)/2]
	xy := evaluate[[]float64](b, fmt.Sprintf(`(() => { const box = document.getElementById("timeline-chart");
		const c = echarts.getInstanceByDom(box), r = box.getBoundingClientRect(), y = r.top + r.height / 2;
		return [r.left + c.convertToPixel({xAxisIndex: 0}, %q), y, r.left + c.convertToPixel({xAxisIndex: 0}, %q + "T12:00:00"), y]; })()`, from, to))
	b.do("brushing", chromedp.DragAndDropXY(xy[0], xy[1], xy[2], xy[3], 12),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="timeline"] #range .dates`)))
	b.screenshot("5-timeline-brushed")
	u, err := url.Parse(evaluate[string](b, "location.href"))
	if err != nil {
		t.Fatal(err)
	}
	gotFrom, gotTo := u.Query().Get("from"), u.Query().Get("to")
	if !near(gotFrom, from) || gotTo != to {
		t.Errorf("brushed %s to %s; the URL has from=%q to=%q", from, to, gotFrom, gotTo)
	}
	if f, tt := evaluate[string](b, `document.querySelector("#filters [name=from]").value`), evaluate[string](b, `document.querySelector("#filters [name=to]").value`); f != gotFrom || tt != gotTo {
		t.Errorf("the filter form shows %q to %q, the URL %q to %q", f, tt, gotFrom, gotTo)
	}
	var part struct{ Events []dyad.StoredEvent }
	getJSON(t, b.url+"/api/events?limit=1000&"+dyadQuery+"&from="+gotFrom+"&to="+gotTo, &part)
	if got := atoi(b.attr("#timeline-summary", "data-events")); got != len(part.Events) || got == 0 || got == len(all.Events) {
		t.Errorf("the brushed timeline counts %d events; the API %d of %d", got, len(part.Events), len(all.Events))
	}
	if csv := b.attr("#csv", "href"); !strings.Contains(csv, "from="+gotFrom) {
		t.Errorf("the CSV link does not carry the dates: %s", csv)
	}
	// The other views keep the dates: the event table lists the same events.
	b.do("events of the brushed days", chromedp.Click(chromedp.CSS(`#tabs a[data-view="events"]`)), b.ready("events"))
	if rows := evaluate[int](b, `document.querySelectorAll("#event-table tbody tr[data-id]").length`); rows != len(part.Events) {
		t.Errorf("the event table has %d rows for the brushed days, the API %d events", rows, len(part.Events))
	}
	if name := b.text(`#event-table tbody tr:first-child td.actor .name`); name == "" {
		t.Error("no name next to the first event's source code")
	}
}

// near reports whether two days are at most one apart: a pixel of the
// brush can fall on either side of midnight.
func near(a, b string) bool {
	x, err1 := time.Parse("2006-01-02", a)
	y, err2 := time.Parse("2006-01-02", b)
	d := x.Sub(y)
	return err1 == nil && err2 == nil && d <= 24*time.Hour && d >= -24*time.Hour
}

// testDedupTable checks that the deduplicated view counts every mention
// of the dyad once.
func testDedupTable(b *session) {
	t := b.t
	const dyadQuery = "source=USA&target=IRN&both=1"
	b.do("deduplicated view", chromedp.Navigate(b.url+"/?view=dedup&"+dyadQuery), b.ready("dedup"))
	b.screenshot("6-deduplicated")
	mentions := evaluate[int](b, `[...document.querySelectorAll("#dedup-table td.mentions")].reduce((n, td) => n + Number(td.textContent), 0)`)
	var all struct{ Events []dyad.StoredEvent }
	getJSON(t, b.url+"/api/events?limit=1000&"+dyadQuery, &all)
	if mentions != len(all.Events) || mentions == 0 {
		t.Errorf("the deduplicated table counts %d mentions; the dyad has %d events", mentions, len(all.Events))
	}
}

// testPaging pages through all events ten at a time, forward and back.
func testPaging(b *session) {
	t := b.t
	var first, second struct {
		Events []dyad.StoredEvent
		Next   string
	}
	getJSON(t, b.url+"/api/events?limit=10", &first)
	if first.Next == "" {
		t.Logf("%d events: too few for a second page of ten", len(first.Events))
		return
	}
	getJSON(t, b.url+"/api/events?limit=10&cursor="+first.Next, &second)
	b.do("first page", chromedp.Navigate(b.url+"/?view=events&size=10"), b.ready("events"))
	b.do("older", chromedp.Click(chromedp.CSS(`#event-pager button.older`)), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="events"] #event-pager[data-page="2"]`)))
	if id := b.attr(`#event-table tbody tr:first-child`, "data-id"); id != fmt.Sprint(second.Events[0].ID) {
		t.Errorf("page 2 begins with event %s, the API's with %d", id, second.Events[0].ID)
	}
	if where := b.text("#event-pager .where"); where != fmt.Sprintf("page 2 · rows 11–%d", 10+len(second.Events)) {
		t.Errorf("pager says %q", where)
	}
	b.do("newer", chromedp.Click(chromedp.CSS(`#event-pager button.newer`)), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="events"] #event-pager[data-page="1"]`)))
	if id := b.attr(`#event-table tbody tr:first-child`, "data-id"); id != fmt.Sprint(first.Events[0].ID) {
		t.Errorf("back on page 1, the first event is %s, the API's %d", id, first.Events[0].ID)
	}
}

// testArticleSearch searches the articles for a word of one fixture story
// and opens the article found, with the word marked; a word no article
// has gives an empty table that says so.
func testArticleSearch(b *session) {
	t := b.t
	b.do("searching for a word no article has",
		chromedp.Navigate(b.url+"/?view=articles&aq=zzyzx"),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="articles"] #article-table tbody tr.empty`)),
	)
	const word = "detainees"
	var found struct{ Articles []dyad.ArticleSummary }
	getJSON(t, b.url+"/api/articles?q="+word, &found)
	if len(found.Articles) == 0 {
		t.Fatalf("the API finds no article with %q", word)
	}
	evaluate[bool](b, `document.querySelector("#article-search input[name=aq]").value = "", true`)
	b.do("article search",
		chromedp.SendKeys(chromedp.CSS(`#article-search input[name="aq"]`), word),
		chromedp.Click(chromedp.CSS(`#article-search button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`body[data-ready="articles"] #article-table[data-search="`+word+`"]`)),
	)
	var ids []string
	for _, a := range found.Articles {
		ids = append(ids, fmt.Sprint(a.ID))
	}
	rows := evaluate[[]string](b, `[...document.querySelectorAll("#article-table tbody tr[data-id]")].map((tr) => tr.dataset.id)`)
	if !slices.Equal(rows, ids) {
		t.Errorf("the search lists articles %v, the API %v", rows, ids)
	}
	b.do("opening the article found",
		chromedp.Click(chromedp.CSS(`#article-table tbody tr:first-child`)),
		chromedp.WaitVisible(chromedp.CSS(`#article[data-article="`+ids[0]+`"] #article-text mark.hit`)),
	)
	b.screenshot("7-article-search")
	if hit := b.text(`#article-text mark.hit`); !strings.HasPrefix(strings.ToLower(hit), "detainee") {
		t.Errorf("the mark in the article is %q, want the word searched for", hit)
	}
}
