package dyad

import (
	"context"
	"errors"
	"fmt"
	"iter"
)

// Ingester codes articles and stores them with their events. An article
// the store already has is not coded again unless Recode is set; articles
// are stored in batches, each in one transaction, so an interrupted run
// leaves whole articles or none, and running it again completes the work.
type Ingester struct {
	Coder     ArticleCoder
	Store     ArticleService
	Recode    bool // code stored articles again and replace their events
	BatchSize int  // articles per transaction; 0 means 64

	// Progress, when set, is called after each stored batch.
	Progress func(IngestStats)
}

// IngestStats counts what an ingest did.
type IngestStats struct {
	Read      int       // articles read
	Added     int       // new articles stored
	Unchanged int       // articles the store had
	Recoded   int       // stored articles whose events were replaced
	Events    int       // events stored for added or recoded articles
	Failed    int       // articles that could not be read or coded
	Errors    ErrorList // what went wrong, per document
}

func (s IngestStats) String() string {
	return fmt.Sprintf("%d articles read: %d added, %d unchanged, %d recoded, %d failed; %d events stored",
		s.Read, s.Added, s.Unchanged, s.Recoded, s.Failed, s.Events)
}

// Ingest reads articles from docs and stores them. Unreadable and uncodable
// documents are counted and recorded in the stats, and the rest go on; the
// returned error is for what stops the run: the store failing or ctx ending.
// Sentence-level coding errors (an ErrorList next to events) are recorded
// and the article is stored with the events that could be coded.
func (in *Ingester) Ingest(ctx context.Context, docs iter.Seq2[*Article, error]) (IngestStats, error) {
	var st IngestStats
	size := in.BatchSize
	if size <= 0 {
		size = 64
	}
	var batch []CodedArticle
	pending := make(map[string]bool) // dedup keys of the batch not yet stored
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := in.Store.PutArticles(ctx, batch, in.Recode)
		if err != nil {
			return err
		}
		for _, r := range res {
			switch r.Status {
			case Added:
				st.Added++
				st.Events += r.Events
			case Recoded:
				st.Recoded++
				st.Events += r.Events
			case Unchanged:
				st.Unchanged++
			}
		}
		batch = batch[:0]
		clear(pending)
		if in.Progress != nil {
			in.Progress(st)
		}
		return nil
	}
	for a, err := range docs {
		if ctx.Err() != nil {
			break
		}
		if err != nil {
			st.Failed++
			st.Errors = append(st.Errors, asError(err, a))
			continue
		}
		if a == nil {
			continue
		}
		st.Read++
		keys := []string{"t" + ContentKey(a.Text)}
		if u := NormalizeURL(a.URL); u != "" {
			keys = append(keys, "u"+u)
		}
		if dup(pending, keys) {
			st.Unchanged++
			continue
		}
		if !in.Recode {
			_, found, err := in.Store.LookupArticle(ctx, a)
			if err != nil {
				return st, err
			}
			if found {
				st.Unchanged++
				continue
			}
		}
		events, err := in.Coder.CodeArticle(ctx, a)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) {
				if ctx.Err() != nil {
					break
				}
				st.Failed++
				st.Errors = append(st.Errors, asError(err, a))
				continue
			}
			st.Errors = append(st.Errors, list...)
		}
		for i := range events {
			if events[i].Doc == "" {
				events[i].Doc = a.ID
			}
		}
		batch = append(batch, CodedArticle{Article: a, Events: events})
		for _, k := range keys {
			pending[k] = true
		}
		if len(batch) >= size {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	if err := flush(); err != nil {
		return st, err
	}
	return st, ctx.Err()
}

func dup(seen map[string]bool, keys []string) bool {
	for _, k := range keys {
		if seen[k] {
			return true
		}
	}
	return false
}

// asError positions err at the document it concerns.
func asError(err error, a *Article) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	pos := Pos{Offset: -1}
	if a != nil {
		pos.File = a.ID
	}
	return &Error{Pos: pos, Err: err}
}
