// Package http serves dyad's event database: a JSON API under /api/, CSV
// export, an OpenAPI description at /api/openapi.json, and the analyst's
// dashboard (static files embedded in the binary) at /.
//
// Reads are open; writes (ingesting an article, deleting one) need the
// server's token as "Authorization: Bearer TOKEN". Every request passes a
// per-client rate limit, and request bodies have a size limit.
package http

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Server is the HTTP face of a store.
type Server struct {
	Store dyad.Store
	// Coder codes articles posted to /api/articles; nil refuses them.
	Coder dyad.ArticleCoder
	// Token authorises writes; "" disables them.
	Token string
	// Names names actor codes in the API and the dashboard; nil names
	// none.
	Names dyad.ActorNames
	// MaxBody limits request bodies in bytes; 0 means 8 MiB.
	MaxBody int64
	// Rate and Burst limit requests per client address (per second, and
	// the burst allowed above it); 0 means 50 and 200.
	Rate  float64
	Burst int
	Log   *slog.Logger

	limiter *rateLimiter
}

// Handler returns the routes of the server.
func (s *Server) Handler() http.Handler {
	if s.MaxBody == 0 {
		s.MaxBody = 8 << 20
	}
	if s.Rate == 0 {
		s.Rate = 50
	}
	if s.Burst == 0 {
		s.Burst = 200
	}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	s.limiter = newRateLimiter(s.Rate, s.Burst)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/events", s.handleEvents)
	mux.HandleFunc("GET /api/events.csv", s.handleEventsCSV)
	mux.HandleFunc("GET /api/aggregate", s.handleAggregate)
	mux.HandleFunc("GET /api/dedup", s.handleDedup)
	mux.HandleFunc("GET /api/dyads", s.handleDyads)
	mux.HandleFunc("GET /api/countries", s.handleCountries)
	mux.HandleFunc("GET /api/articles", s.handleArticles)
	mux.HandleFunc("GET /api/articles/{id}", s.handleArticle)
	mux.HandleFunc("POST /api/articles", s.write(s.handlePostArticles))
	mux.HandleFunc("DELETE /api/articles/{id}", s.write(s.handleDeleteArticle))
	mux.HandleFunc("GET /api/codes", s.handleCodes)
	mux.HandleFunc("GET /api/actors", s.handleActors)
	mux.HandleFunc("GET /api/openapi.json", s.handleOpenAPI)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: %s %s (see /api/openapi.json)", r.Method, r.URL.Path)
	})
	mux.Handle("/", dashboardHandler())
	return s.guard(mux)
}

// HTTPServer returns a server for h on addr with timeouts that keep slow
// clients from holding connections.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      5 * time.Minute, // CSV exports stream for a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// guard applies what every request gets: security headers, the rate
// limit, the body limit, and a log line.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		// ECharts writes style attributes into its tooltips: styles may be
		// inline, scripts come only from this server.
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		if !s.limiter.allow(clientOf(r)) {
			h.Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, "too many requests: at most %g a second from one client", s.Rate)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.MaxBody)
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		s.Log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start))
	})
}

// write wraps a handler that changes the store: it needs the token.
func (s *Server) write(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.Token == "" {
			writeError(w, http.StatusForbidden, "writes are disabled: start the server with a token")
			return
		}
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
			writeError(w, http.StatusUnauthorized, "a write needs the header Authorization: Bearer TOKEN with the server's token")
			return
		}
		h(w, r)
	}
}

func clientOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, errorBody{Error: fmt.Sprintf(format, args...), Status: status})
}

// writeStoreError maps a store error to its status: a bad request is the
// client's, a missing thing is 404, anything else is ours and is logged
// without showing its details to the client.
func (s *Server) writeStoreError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, dyad.ErrInvalid):
		writeError(w, http.StatusBadRequest, "%v", err)
	case errors.Is(err, dyad.ErrNotFound):
		writeError(w, http.StatusNotFound, "%v", err)
	case r.Context().Err() != nil:
		writeError(w, http.StatusServiceUnavailable, "request cancelled")
	default:
		s.Log.Error("store", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if w.Header().Get("Cache-Control") == "" {
		w.Header().Set("Cache-Control", "no-store")
	}
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // text from articles may hold markup: keep it inert
	enc.Encode(v)
}
