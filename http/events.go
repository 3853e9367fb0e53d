package http

import (
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

type eventsResponse struct {
	Events []dyad.StoredEvent `json:"events"`
	Next   string             `json:"next"`
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	page, err := s.Store.FindEvents(r.Context(), f)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	if page.Events == nil {
		page.Events = []dyad.StoredEvent{}
	}
	writeJSON(w, http.StatusOK, eventsResponse{Events: page.Events, Next: page.Next})
}

// maxCSVRows caps one CSV export; limit may ask for fewer.
const maxCSVRows = 1_000_000

var csvHeader = []string{"id", "article", "doc", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
	"sentence", "source_text", "verb_text", "target_text", "text", "pattern"}

// handleEventsCSV streams every event of a query (up to limit, or
// maxCSVRows) as CSV, page by page, so memory does not grow with it.
func (s *Server) handleEventsCSV(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	total := maxCSVRows
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxCSVRows {
			writeError(w, http.StatusBadRequest, "limit %q: want 1 to %d rows", v, maxCSVRows)
			return
		}
		total = n
		q.Del("limit")
	}
	f, err := parseFilter(q)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	f.Limit = min(dyad.MaxLimit, total)
	page, err := s.Store.FindEvents(r.Context(), f)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="dyad-events.csv"`)
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	written := 0
	for {
		for _, e := range page.Events {
			if written == total {
				break
			}
			cw.Write([]string{strconv.FormatInt(e.ID, 10), strconv.FormatInt(e.Article, 10), cell(e.Doc), e.Date.String(),
				e.Source, e.Target, e.Code, e.Root, strconv.Itoa(int(e.Quad)), strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.PLOVER,
				strconv.Itoa(e.Sentence), cell(e.SourceText), cell(e.VerbText), cell(e.TargetText), cell(e.Text), cell(e.Pattern)})
			written++
		}
		if page.Next == "" || written == total {
			break
		}
		f.Cursor = page.Next
		if page, err = s.Store.FindEvents(r.Context(), f); err != nil {
			// The header is out: all that is left is to end the body short.
			s.Log.Error("csv export", "err", err)
			break
		}
	}
	cw.Flush()
}

// cell keeps a text field from being read as a formula by a spreadsheet
// that opens the CSV.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (s *Server) handleAggregate(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	iv := dyad.Week
	if v := q.Get("interval"); v != "" {
		var err error
		if iv, err = dyad.ParseInterval(v); err != nil {
			writeError(w, http.StatusBadRequest, "%v", err)
			return
		}
	}
	f, err := parseFilter(q, "interval")
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	buckets, err := s.Store.Aggregate(r.Context(), f, iv)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	if buckets == nil {
		buckets = []dyad.Bucket{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"interval": iv, "buckets": buckets})
}

func (s *Server) handleDedup(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	counts, next, err := s.Store.Deduplicated(r.Context(), f)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	if counts == nil {
		counts = []dyad.EventCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"events": counts, "next": next})
}

func (s *Server) handleDyads(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	byCountry := false
	switch q.Get("by") {
	case "", "actor":
	case "country":
		byCountry = true
	default:
		writeError(w, http.StatusBadRequest, "by %q: want actor or country", q.Get("by"))
		return
	}
	f, err := parseFilter(q, "by")
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	dyads, err := s.Store.Dyads(r.Context(), f, byCountry)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	if dyads == nil {
		dyads = []dyad.DyadCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"dyads": dyads})
}

func (s *Server) handleCountries(w http.ResponseWriter, r *http.Request) {
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	countries, err := s.Store.Countries(r.Context(), f)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	if countries == nil {
		countries = []dyad.CountryCount{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"countries": countries})
}

type codeJSON struct {
	Code      string  `json:"code"`
	Root      string  `json:"root"`
	Quad      int     `json:"quad"`
	Goldstein float64 `json:"goldstein"`
	PLOVER    string  `json:"plover"`
	Name      string  `json:"name"`
}

// handleCodes lists the CAMEO ontology, for menus and labels.
func (s *Server) handleCodes(w http.ResponseWriter, r *http.Request) {
	var out []codeJSON
	for _, c := range dyad.EventCodes() {
		out = append(out, codeJSON{c.Code, c.Root, int(c.Quad), c.Goldstein, c.PLOVER, c.Name})
	}
	w.Header().Set("Cache-Control", "max-age=3600")
	writeJSON(w, http.StatusOK, map[string]any{"codes": out})
}
