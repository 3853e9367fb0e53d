package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"
)

// ContentKey identifies an article's text for deduplication: the SHA-256 of
// the text with case folded and every run of space or punctuation reduced to
// one space, so that a story re-fetched with other line breaks, curly
// instead of straight quotes, or a changed letter case is the same story.
func ContentKey(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}

// NormalizeURL returns the form of an article URL that deduplication
// compares: scheme and host in lower case, no fragment, no default port and
// no trailing slash. It returns "" for an empty URL and the trimmed input
// for one it cannot parse.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" && u.Port() == "80") || (u.Scheme == "https" && u.Port() == "443") {
		u.Host = u.Hostname()
	}
	u.Fragment, u.RawFragment = "", ""
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// SentenceSpan returns where the event's sentence lies in the document
// text: the occurrence of e.Text that covers the verb (or, failing that,
// the source) span, else the first occurrence, else the zero Span.
func SentenceSpan(text string, e *Event) Span {
	if e.Text == "" {
		return Span{}
	}
	anchor := e.VerbSpan
	if anchor.IsZero() {
		anchor = e.SourceSpan
	}
	first := Span{-1, -1}
	for from := 0; from <= len(text); {
		i := strings.Index(text[from:], e.Text)
		if i < 0 {
			break
		}
		s := Span{from + i, from + i + len(e.Text)}
		if first.Start < 0 {
			first = s
		}
		if !anchor.IsZero() && s.Start <= anchor.Start && anchor.End <= s.End {
			return s
		}
		from = s.Start + 1
	}
	if first.Start < 0 {
		return Span{}
	}
	return first
}
