package dyad

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// This file is the vocabulary of the event database: what is stored, how it
// is asked for, and the services a store implements. The sqlite and postgres
// packages implement Store; the http package serves it.

var (
	// ErrNotFound is returned for an article or event id the store does not have.
	ErrNotFound = errors.New("not found")
	// ErrInvalid is wrapped by errors about a malformed filter or request.
	ErrInvalid = errors.New("invalid")
)

// StoredEvent is an event as the store keeps it: the coded Event with its
// ontology fields (from the CAMEO table at the time it was stored), its own
// id and the id of the article it came from. Its JSON is the JSON of
// "dyad code" plus id, article and sentence_span.
type StoredEvent struct {
	ID      int64 `json:"id"`
	Article int64 `json:"article"`
	Event
	Root      string    `json:"root"`
	Quad      QuadClass `json:"quad"`
	Goldstein float64   `json:"goldstein"`
	PLOVER    string    `json:"plover"`
	// SentenceSpan is where Text lies in the article text, so that the
	// actor and verb spans can be shown inside the sentence.
	SentenceSpan Span `json:"sentence_span"`
}

// NewStoredEvent fills the ontology fields of e from the CAMEO table and
// finds the sentence in the article text. A code outside CAMEO (older
// dictionaries carry WEIS-era codes) keeps its two-digit root and zero values.
func NewStoredEvent(e Event, text string) StoredEvent {
	s := StoredEvent{Event: e, SentenceSpan: SentenceSpan(text, &e)}
	if c, ok := e.Info(); ok {
		s.Root, s.Quad, s.Goldstein, s.PLOVER = c.Root, c.Quad, c.Goldstein, c.PLOVER
	} else if len(e.Code) >= 2 {
		s.Root = e.Code[:2]
	}
	return s
}

// StoredArticle is an article as the store keeps it, with its events.
type StoredArticle struct {
	ID       int64 // the store's id
	Article  Article
	Key      string    // ContentKey of the text
	Ingested time.Time // when it was first stored
	Coded    time.Time // when its events were last (re)placed
	Events   []StoredEvent
}

// CodedArticle is an article with the events coded from it: the unit that
// is stored in one piece.
type CodedArticle struct {
	Article *Article
	Events  []Event
}

// PutStatus says what storing an article did.
type PutStatus int

const (
	Added     PutStatus = iota + 1 // a new article with its events
	Unchanged                      // the store had it (same URL or same normalised text)
	Recoded                        // the store had it, and its events were replaced
)

func (s PutStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Recoded:
		return "recoded"
	}
	return "PutStatus(?)"
}

// PutResult is the outcome of storing one article.
type PutResult struct {
	ID     int64
	Status PutStatus
	Events int // events now stored for the article
}

// EventFilter selects events. Its zero value selects all of them; every set
// field narrows the selection.
type EventFilter struct {
	From, To Date // inclusive day range

	// Source, Target and Actor (either side) match an actor code or any
	// code it begins: "IRN" matches IRN, IRNGOV and IRNMIL.
	Source, Target, Actor string
	// BothWays makes Source and Target a dyad: events in either direction.
	BothWays bool

	Code   string    // CAMEO code or its prefix: "084" matches 084, 0841, 0842
	Root   string    // two-digit CAMEO root
	Quad   QuadClass // 0 for any
	PLOVER string    // PLOVER type, upper case
	Query  string    // words the event's sentence must contain
	Doc    string    // the document id of the article

	Limit  int    // page size; 0 means DefaultLimit
	Cursor string // from the previous page's Next; "" for the first page
}

// Paging limits of event queries.
const (
	DefaultLimit = 100
	MaxLimit     = 1000
)

// Validate reports a malformed filter, wrapping ErrInvalid.
func (f *EventFilter) Validate() error {
	switch {
	case f.From != 0 && !f.From.Valid():
		return invalid("from: %d is not a day", f.From)
	case f.To != 0 && !f.To.Valid():
		return invalid("to: %d is not a day", f.To)
	case f.From != 0 && f.To != 0 && f.To < f.From:
		return invalid("to %s is before from %s", f.To, f.From)
	case !isCode(f.Source, upperAlnum):
		return invalid("source %q: want an actor code such as IRNGOV", f.Source)
	case !isCode(f.Target, upperAlnum):
		return invalid("target %q: want an actor code such as USA", f.Target)
	case !isCode(f.Actor, upperAlnum):
		return invalid("actor %q: want an actor code such as IRQ", f.Actor)
	case !isCode(f.Code, digits):
		return invalid("code %q: want a CAMEO code such as 0841", f.Code)
	case f.Root != "" && (len(f.Root) != 2 || !isCode(f.Root, digits)):
		return invalid("root %q: want a two-digit CAMEO root such as 08", f.Root)
	case f.Quad < 0 || f.Quad > 4:
		return invalid("quad %d: want 1 to 4", f.Quad)
	case !isCode(f.PLOVER, upperAlnum):
		return invalid("plover %q: want a PLOVER type such as ACCUSE", f.PLOVER)
	case len(f.Query) > 500:
		return invalid("q: longer than 500 bytes")
	case len(f.Doc) > 1000:
		return invalid("doc: longer than 1000 bytes")
	case f.Limit < 0 || f.Limit > MaxLimit:
		return invalid("limit %d: want 1 to %d", f.Limit, MaxLimit)
	case len(f.Cursor) > 200:
		return invalid("cursor: longer than 200 bytes")
	}
	return nil
}

// PageSize returns Limit, or DefaultLimit when it is 0.
func (f *EventFilter) PageSize() int {
	if f.Limit <= 0 {
		return DefaultLimit
	}
	return f.Limit
}

const (
	upperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	digits     = "0123456789"
)

// isCode reports whether s is at most 32 bytes from alphabet.
func isCode(s, alphabet string) bool {
	if len(s) > 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		ok := false
		for j := 0; j < len(alphabet); j++ {
			if s[i] == alphabet[j] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func invalid(format string, args ...any) error {
	return &invalidError{msg: fmt.Sprintf(format, args...)}
}

type invalidError struct{ msg string }

func (e *invalidError) Error() string { return e.msg }
func (e *invalidError) Unwrap() error { return ErrInvalid }

// Invalid returns an error wrapping ErrInvalid with the given message, for
// adapters that find a bad request (a malformed cursor, say).
func Invalid(format string, args ...any) error { return invalid(format, args...) }

// EventPage is one page of a query: the events, and the cursor of the next
// page ("" after the last).
type EventPage struct {
	Events []StoredEvent
	Next   string
}

// Interval is the period of an aggregate bucket.
type Interval string

const (
	Day   Interval = "day"
	Week  Interval = "week" // ISO weeks, Monday to Sunday
	Month Interval = "month"
)

// Bucket is one period of an aggregate: how many events there were and
// the sum of their Goldstein values, in all and per QuadClass.
type Bucket struct {
	Start     Date       `json:"start"` // first day of the period
	Events    int        `json:"events"`
	Goldstein float64    `json:"goldstein"`
	ByQuad    [4]int     `json:"by_quad"`           // events of QuadClass 1 to 4
	QuadSum   [4]float64 `json:"goldstein_by_quad"` // Goldstein sums of QuadClass 1 to 4
}

// DayCount is one row of a daily aggregate per QuadClass; stores return
// these and Rollup turns them into buckets.
type DayCount struct {
	Date      Date
	Quad      QuadClass
	Events    int
	Goldstein float64
}

// EventCount is one row of the deduplicated view: all mentions of one event
// (date, source, target, code), counted like GDELT's NumMentions and
// NumArticles, so that a story that repeats itself or runs in many papers
// is still one event.
type EventCount struct {
	Date      Date      `json:"date"`
	Source    string    `json:"source"`
	Target    string    `json:"target"`
	Code      string    `json:"code"`
	Root      string    `json:"root"`
	Quad      QuadClass `json:"quad"`
	Goldstein float64   `json:"goldstein"`
	PLOVER    string    `json:"plover"`
	Mentions  int       `json:"mentions"` // events stored
	Articles  int       `json:"articles"` // distinct articles among them
}

// DyadCount is the traffic between two actors: the edges of the network.
type DyadCount struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"goldstein"` // sum
	ByQuad    [4]int  `json:"by_quad"`
}

// CountryCount is the number of events a country took part in, as source or
// target (an event inside one country counts once). Country is the first
// three letters of the actor code, the ISO 3166 alpha-3 code for countries.
type CountryCount struct {
	Country string `json:"country"`
	Events  int    `json:"events"`
}

// ArticleFilter selects articles for listing or search.
type ArticleFilter struct {
	Query  string // words the article's title or text must contain
	Limit  int
	Cursor string
}

// ArticleSummary is an article in a list.
type ArticleSummary struct {
	ID        int64  `json:"id"`
	Doc       string `json:"doc"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Events    int    `json:"events"`
}

// EventService answers questions about stored events.
type EventService interface {
	// FindEvents returns one page of the events f selects, newest first.
	FindEvents(ctx context.Context, f EventFilter) (EventPage, error)
	// Aggregate counts the events f selects per period.
	Aggregate(ctx context.Context, f EventFilter, iv Interval) ([]Bucket, error)
	// Deduplicated returns one page of the deduplicated view, newest first,
	// and the cursor of the next page.
	Deduplicated(ctx context.Context, f EventFilter) ([]EventCount, string, error)
	// Dyads returns the f.PageSize() busiest (source, target) pairs; with
	// byCountry the actor codes are cut to their country.
	Dyads(ctx context.Context, f EventFilter, byCountry bool) ([]DyadCount, error)
	// Countries counts the events each country took part in.
	Countries(ctx context.Context, f EventFilter) ([]CountryCount, error)
}

// ArticleService stores articles with their events.
type ArticleService interface {
	// LookupArticle returns the id of the stored article with a's URL or
	// a's normalised text, so that an ingester can skip coding it.
	LookupArticle(ctx context.Context, a *Article) (id int64, found bool, err error)
	// PutArticles stores a batch in one transaction: all of it or none.
	// An article the store has (same URL or same normalised text) is left
	// unchanged, or, with recode, keeps its id and gets the new events in
	// place of its old ones.
	PutArticles(ctx context.Context, batch []CodedArticle, recode bool) ([]PutResult, error)
	// Article returns a stored article with its events, or ErrNotFound.
	Article(ctx context.Context, id int64) (*StoredArticle, error)
	// FindArticles lists articles, newest stored first.
	FindArticles(ctx context.Context, f ArticleFilter) ([]ArticleSummary, string, error)
	// DeleteArticle removes an article and its events, or returns ErrNotFound.
	DeleteArticle(ctx context.Context, id int64) error
}

// Store is an event database.
type Store interface {
	EventService
	ArticleService
	Close() error
}
