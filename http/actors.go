package http

import (
	"net/http"
	"strings"
)

// maxNamedCodes limits the codes one request may ask names for.
const maxNamedCodes = 500

// handleActors names actor codes: GET /api/actors?codes=USA,IRNGOV gives
// {"names": {"USA": "United States", "IRNGOV": "Iran government"}}, with
// the codes it cannot name left out.
func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for name, vs := range q {
		if name != "codes" {
			writeError(w, http.StatusBadRequest, "unknown parameter %q; known: codes", name)
			return
		}
		if len(vs) > 1 {
			writeError(w, http.StatusBadRequest, "parameter %q given %d times", name, len(vs))
			return
		}
	}
	codes := strings.FieldsFunc(q.Get("codes"), func(r rune) bool { return r == ',' || r == ' ' })
	if len(codes) > maxNamedCodes {
		writeError(w, http.StatusBadRequest, "codes: %d codes, at most %d", len(codes), maxNamedCodes)
		return
	}
	names := map[string]string{}
	for _, c := range codes {
		c = strings.ToUpper(c)
		if !isActorCode(c) {
			writeError(w, http.StatusBadRequest, "codes: %q is not an actor code such as IRNGOV", c)
			return
		}
		if name := s.Names.Name(c); name != "" {
			names[c] = name
		}
	}
	w.Header().Set("Cache-Control", "max-age=3600")
	writeJSON(w, http.StatusOK, map[string]any{"names": names})
}

// isActorCode reports whether c is 1 to 32 upper-case letters and digits.
func isActorCode(c string) bool {
	if c == "" || len(c) > 32 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !('A' <= c[i] && c[i] <= 'Z' || '0' <= c[i] && c[i] <= '9') {
			return false
		}
	}
	return true
}
