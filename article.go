package dyad

import "time"

// Article is one news document as a reader delivers it: the body text that
// every span points into, and the metadata an event needs (above all its date).
type Article struct {
	ID        string    `json:"id"`                 // the input's own id, else the file name without extensions
	Title     string    `json:"title,omitempty"`    // headline
	Published time.Time `json:"-"`                  // publication instant; zero when unknown
	TimeKnown bool      `json:"-"`                  // whether Published carries a time of day, not just a date
	Dateline  string    `json:"dateline,omitempty"` // place of the dateline, e.g. "BAGHDAD"
	Source    string    `json:"source,omitempty"`   // publisher or agency, e.g. "Reuters"
	Authors   []string  `json:"authors,omitempty"`
	URL       string    `json:"url,omitempty"`
	Language  string    `json:"language,omitempty"` // BCP 47 tag, e.g. "en"
	Text      string    `json:"text"`               // body; paragraphs separated by blank lines
}

// Date returns the day the article was published, or the zero Date.
func (a *Article) Date() Date {
	if a.Published.IsZero() {
		return 0
	}
	return DateOf(a.Published)
}

// PublishedString formats Published as RFC 3339 when the time of day is
// known, as YYYY-MM-DD when only the day is, and "" when neither is.
func (a *Article) PublishedString() string {
	switch {
	case a.Published.IsZero():
		return ""
	case a.TimeKnown:
		return a.Published.Format(time.RFC3339)
	default:
		return a.Date().String()
	}
}
