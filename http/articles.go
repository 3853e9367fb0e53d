package http

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// articleJSON is an article as the API shows it and takes it.
type articleJSON struct {
	ID        int64              `json:"id,omitempty"`
	Doc       string             `json:"doc"`
	Title     string             `json:"title"`
	Published string             `json:"published"` // YYYY-MM-DD or RFC 3339
	Dateline  string             `json:"dateline,omitempty"`
	Source    string             `json:"source,omitempty"`
	Authors   []string           `json:"authors,omitempty"`
	URL       string             `json:"url,omitempty"`
	Language  string             `json:"language,omitempty"`
	Text      string             `json:"text"`
	Ingested  *time.Time         `json:"ingested,omitempty"`
	Coded     *time.Time         `json:"coded,omitempty"`
	Events    []dyad.StoredEvent `json:"events"`
}

func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for name := range q {
		if name != "q" && name != "limit" && name != "cursor" {
			writeError(w, http.StatusBadRequest, "unknown parameter %q; known: q, limit, cursor", name)
			return
		}
	}
	f := dyad.ArticleFilter{Query: q.Get("q"), Cursor: q.Get("cursor")}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			writeError(w, http.StatusBadRequest, "limit %q: want 1 to %d", v, dyad.MaxLimit)
			return
		}
		f.Limit = n
	}
	list, next, err := s.Store.FindArticles(r.Context(), f)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	if list == nil {
		list = []dyad.ArticleSummary{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"articles": list, "next": next})
}

func pathID(w http.ResponseWriter, r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		writeError(w, http.StatusBadRequest, "article id %q: want a positive whole number", r.PathValue("id"))
		return 0, false
	}
	return id, true
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	sa, err := s.Store.Article(r.Context(), id)
	if err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	a := sa.Article
	out := articleJSON{ID: sa.ID, Doc: a.ID, Title: a.Title, Published: a.PublishedString(), Dateline: a.Dateline, Source: a.Source,
		Authors: a.Authors, URL: a.URL, Language: a.Language, Text: a.Text, Ingested: &sa.Ingested, Coded: &sa.Coded, Events: sa.Events}
	if out.Events == nil {
		out.Events = []dyad.StoredEvent{}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleDeleteArticle(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	if err := s.Store.DeleteArticle(r.Context(), id); err != nil {
		s.writeStoreError(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// maxPostArticles caps the articles of one POST.
const maxPostArticles = 100

type postResult struct {
	ID     int64    `json:"id,omitempty"`
	Doc    string   `json:"doc"`
	Status string   `json:"status"` // added, unchanged, recoded
	Events int      `json:"events"`
	Errors []string `json:"errors,omitempty"` // sentences that could not be coded
}

// handlePostArticles codes and stores one article (a JSON object) or several
// (an array). All are checked before any is coded; they are stored in one
// transaction. With ?recode=1 stored articles are coded again.
func (s *Server) handlePostArticles(w http.ResponseWriter, r *http.Request) {
	if s.Coder == nil {
		writeError(w, http.StatusServiceUnavailable, "this server has no coder: it cannot ingest articles")
		return
	}
	recode := false
	switch r.URL.Query().Get("recode") {
	case "", "0", "false":
	case "1", "true":
		recode = true
	default:
		writeError(w, http.StatusBadRequest, "recode %q: want 1 or 0", r.URL.Query().Get("recode"))
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "content type %q: send application/json", ct)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "request body larger than %d bytes", tooBig.Limit)
			return
		}
		writeError(w, http.StatusBadRequest, "reading the body: %v", err)
		return
	}
	articles, err := decodeArticles(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	results := make([]postResult, len(articles))
	var batch []dyad.CodedArticle
	var slots []int // index in results of each batch entry
	for i, a := range articles {
		results[i].Doc = a.ID
		if !recode {
			id, found, err := s.Store.LookupArticle(r.Context(), a)
			if err != nil {
				s.writeStoreError(w, r, err)
				return
			}
			if found {
				results[i].ID, results[i].Status = id, dyad.Unchanged.String()
				continue
			}
		}
		events, err := s.Coder.CodeArticle(r.Context(), a)
		if err != nil {
			var list dyad.ErrorList
			if !errors.As(err, &list) {
				s.Log.Error("coding", "doc", a.ID, "err", err)
				writeError(w, http.StatusUnprocessableEntity, "article %d (%s) could not be coded: %v; nothing was stored", i, a.ID, err)
				return
			}
			for _, e := range list {
				results[i].Errors = append(results[i].Errors, e.Error())
			}
		}
		for j := range events {
			if events[j].Doc == "" {
				events[j].Doc = a.ID
			}
		}
		batch = append(batch, dyad.CodedArticle{Article: a, Events: events})
		slots = append(slots, i)
	}
	status := http.StatusOK
	if len(batch) > 0 {
		res, err := s.Store.PutArticles(r.Context(), batch, recode)
		if err != nil {
			s.writeStoreError(w, r, err)
			return
		}
		for k, pr := range res {
			i := slots[k]
			results[i].ID, results[i].Status, results[i].Events = pr.ID, pr.Status.String(), pr.Events
			if pr.Status == dyad.Added {
				status = http.StatusCreated
			}
		}
	}
	writeJSON(w, status, map[string]any{"articles": results})
}

// decodeArticles reads one article object or an array of them, strictly:
// unknown fields, a missing text and a bad date are errors.
func decodeArticles(body []byte) ([]*dyad.Article, error) {
	body = bytes.TrimSpace(body)
	if len(body) == 0 {
		return nil, fmt.Errorf("empty body: send an article as JSON, e.g. {\"doc\": \"id\", \"published\": \"2007-11-17\", \"text\": \"...\"}")
	}
	if !utf8.Valid(body) {
		return nil, fmt.Errorf("body is not valid UTF-8")
	}
	var in []articleJSON
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var err error
	if body[0] == '[' {
		err = dec.Decode(&in)
	} else {
		in = make([]articleJSON, 1)
		err = dec.Decode(&in[0])
	}
	if err != nil {
		return nil, fmt.Errorf("body: %v", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("body: more than one JSON value; send an array for several articles")
	}
	switch {
	case len(in) == 0:
		return nil, fmt.Errorf("no articles in the body")
	case len(in) > maxPostArticles:
		return nil, fmt.Errorf("%d articles in one request: at most %d", len(in), maxPostArticles)
	}
	out := make([]*dyad.Article, len(in))
	for i, j := range in {
		if strings.TrimSpace(j.Text) == "" {
			return nil, fmt.Errorf("article %d: no text", i)
		}
		if j.ID != 0 || j.Events != nil || j.Ingested != nil || j.Coded != nil {
			return nil, fmt.Errorf("article %d: id, events, ingested and coded are set by the server", i)
		}
		a := &dyad.Article{ID: j.Doc, Title: j.Title, Dateline: j.Dateline, Source: j.Source, Authors: j.Authors,
			URL: j.URL, Language: j.Language, Text: j.Text}
		if a.ID == "" {
			a.ID = "api-" + dyad.ContentKey(j.Text)[:12]
		}
		if j.Published != "" {
			if t, err := time.Parse(time.RFC3339, j.Published); err == nil {
				a.Published, a.TimeKnown = t, true
			} else if d, err := dyad.ParseDate(j.Published); err == nil {
				a.Published = d.Time()
			} else {
				return nil, fmt.Errorf("article %d: published %q: want YYYY-MM-DD or RFC 3339", i, j.Published)
			}
		}
		out[i] = a
	}
	return out, nil
}
