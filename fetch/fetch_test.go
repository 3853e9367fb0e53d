package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
)

func TestIsPrivate(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"::1", true}, {"fe80::1", true}, {"fc00::1", true},
		{"::ffff:127.0.0.1", true}, {"0.0.0.0", true}, {"100.64.0.1", true},
		{"93.184.216.34", false}, {"2606:2800:220:1:248:1893:25c8:1946", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := IsPrivate(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("IsPrivate(%s) = %v", tt.addr, got)
			}
		})
	}
}

func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<p>hello</p>"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 2000)))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/tofile", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestGet(t *testing.T) {
	s := server(t)
	allowed := &Client{AllowPrivate: true, MaxBytes: 1000}
	tests := []struct {
		name    string
		client  *Client
		url     string
		wantErr string
		want    string
	}{
		{"page", allowed, s.URL + "/page", "", "<p>hello</p>"},
		{"loopback refused", &Client{}, s.URL + "/page", "refusing", ""},
		{"localhost refused after resolution", &Client{}, strings.Replace(s.URL, "127.0.0.1", "localhost", 1) + "/page", "refusing", ""},
		{"too large", allowed, s.URL + "/big", "larger than", ""},
		{"redirect loop", allowed, s.URL + "/loop", "redirects", ""},
		{"redirect to file", allowed, s.URL + "/tofile", "only http and https", ""},
		{"not found", allowed, s.URL + "/missing", "404", ""},
		{"file scheme", allowed, "file:///etc/passwd", "only http and https", ""},
		{"unreachable", allowed, "http://127.0.0.1:1/", "refused", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := tt.client.Get(context.Background(), tt.url)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(r.Body) != tt.want || !strings.HasPrefix(r.ContentType, "text/html") {
				t.Errorf("got %q %q", r.Body, r.ContentType)
			}
		})
	}
}

func TestErrPrivateIs(t *testing.T) {
	s := server(t)
	_, err := (&Client{}).Get(context.Background(), s.URL+"/page")
	if !errors.Is(err, ErrPrivate) {
		t.Errorf("error %v is not ErrPrivate", err)
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{"https://a.example/x": true, "http://a.example": true, "file:///x": false, "a.html": false, "-": false} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) != %v", s, want)
		}
	}
}
