// Package fetch gets documents over HTTP for the readers, carefully: every
// request has timeouts, a body is read up to a size cap, redirects are
// capped and must stay on http or https, and addresses on the local
// machine or private networks are refused — checked on the address
// actually dialled, so after DNS resolution and on every redirect — unless
// the caller allows them.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Defaults for a Client's zero fields.
const (
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 5
	DefaultTimeout      = 30 * time.Second
)

// ErrPrivate is returned for a URL whose host is on the local machine or a
// private network.
var ErrPrivate = errors.New("refusing a local or private network address (use --allow-private to allow it)")

// ErrTooLarge is returned for a body larger than the cap.
var ErrTooLarge = errors.New("document larger than the size cap")

// Client fetches documents. The zero value is ready to use.
type Client struct {
	MaxBytes     int64         // largest body read; DefaultMaxBytes when 0
	MaxRedirects int           // DefaultMaxRedirects when 0
	Timeout      time.Duration // whole request; DefaultTimeout when 0
	AllowPrivate bool          // allow loopback and private addresses
	UserAgent    string

	once   sync.Once
	client *http.Client
}

// Response is a fetched document.
type Response struct {
	URL         string // after redirects
	ContentType string
	Body        []byte
}

// IsURL reports whether s names a document to fetch rather than a file.
func IsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https")
}

// httpClient builds the HTTP client once; a Client is safe for concurrent
// use after its fields are set.
func (c *Client) httpClient() *http.Client {
	c.once.Do(c.build)
	return c.client
}

func (c *Client) build() {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !c.AllowPrivate {
		dialer.Control = refusePrivate
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us, past the address check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		IdleConnTimeout:       30 * time.Second,
		MaxIdleConnsPerHost:   2,
	}
	maxRedirects := c.MaxRedirects
	if maxRedirects == 0 {
		maxRedirects = DefaultMaxRedirects
	}
	timeout := c.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	c.client = &http.Client{
		Transport: tr,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: only http and https are fetched", req.URL.Scheme)
			}
			return nil
		},
	}
}

// refusePrivate is the dialer's last word before a connection is made: it
// sees the resolved address, whatever name or redirect led to it.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dialling %s: %w", address, err)
	}
	if IsPrivate(ap.Addr()) {
		return fmt.Errorf("%s: %w", ap.Addr(), ErrPrivate)
	}
	return nil
}

var specialRanges = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"), // NAT64 can reach private IPv4
}

// IsPrivate reports whether a is an address of this machine or of a
// private, link-local or otherwise non-public network.
func IsPrivate(a netip.Addr) bool {
	a = a.Unmap()
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return true
	}
	for _, p := range specialRanges {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// Get fetches rawURL and reads its body up to the cap.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("%s: only http and https URLs are fetched", u.Scheme)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	ua := c.UserAgent
	if ua == "" {
		ua = "dyad (political event coder)"
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
	resp, err := c.httpClient().Do(req)
	if err != nil {
		return nil, cleanError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	max := c.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	if resp.ContentLength > max {
		return nil, fmt.Errorf("%w (%d bytes, cap %d)", ErrTooLarge, resp.ContentLength, max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fmt.Errorf("reading body: %w", cleanError(err))
	}
	if int64(len(body)) > max {
		return nil, fmt.Errorf("%w (cap %d bytes)", ErrTooLarge, max)
	}
	return &Response{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// cleanError strips the repetition of the URL that net/http wraps around
// errors, keeping the cause.
func cleanError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		msg := ue.Err.Error()
		if errors.Is(err, ErrPrivate) {
			return fmt.Errorf("%w", ErrPrivate)
		}
		return fmt.Errorf("%s: %w", strings.TrimPrefix(msg, "dial tcp "), ue.Err)
	}
	return err
}
