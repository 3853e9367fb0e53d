package dyad

import "fmt"

// Span is a half-open byte range [Start, End) into a document's text.
// Every token, actor mention and event keeps one, so that a result can be
// traced back to the exact characters it came from.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is empty and at offset 0, which is how an
// absent span (an event with no target, say) is written.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Of returns the text the span covers, or "" when the span lies outside text.
func (s Span) Of(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Cover returns the smallest span that covers both s and t. A zero span is
// treated as absent.
func (s Span) Cover(t Span) Span {
	if s.IsZero() {
		return t
	}
	if t.IsZero() {
		return s
	}
	return Span{min(s.Start, t.Start), max(s.End, t.End)}
}

func (s Span) String() string { return fmt.Sprintf("%d:%d", s.Start, s.End) }
