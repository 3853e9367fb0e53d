// Package reader is dyad's one entry for documents: it implements
// dyad.Reader over files, directories, URLs and standard input, detects
// the kind of each input from its content (gzip is read transparently),
// and hands it to the reader for that kind — plain-text wire stories,
// HTML pages, JSON-lines batches, RSS/Atom feeds or WARC archives.
package reader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/feed"
	"github.com/dyadproject/dyad/fetch"
	"github.com/dyadproject/dyad/jsonl"
	"github.com/dyadproject/dyad/warc"
	"github.com/dyadproject/dyad/webpage"
	"github.com/dyadproject/dyad/wire"
)

// DefaultMaxDocument caps a single page, story or feed read whole; JSON
// lines and WARC archives are streamed, with caps of their own per record.
const DefaultMaxDocument = 16 << 20

// Kind is a kind of input.
type Kind string

// The kinds of input detected.
const (
	Text   Kind = "text"
	HTML   Kind = "html"
	JSONL  Kind = "jsonl"
	JSON   Kind = "json" // one record, or an array of records
	Feed   Kind = "feed"
	WARC   Kind = "warc"
	Binary Kind = "binary"
)

// Reader reads documents from files, directories, URLs and "-" (standard
// input). The zero value reads files and standard input (os.Stdin) and
// fetches URLs with fetch's defaults, refusing private addresses.
type Reader struct {
	Fetch       *fetch.Client
	Stdin       io.Reader
	MaxDocument int64 // DefaultMaxDocument when 0
	// FollowLinks reads the page each feed item links to, for its full
	// text; the item's own text is kept when the page cannot be read.
	FollowLinks bool
}

var _ dyad.Reader = (*Reader)(nil)

// docError is the error of one document of an input.
func docError(doc, msg string, err error) error {
	return &dyad.Error{Pos: dyad.Pos{File: doc, Offset: -1}, Msg: msg, Err: err}
}

// Read yields the documents of one input. A directory yields the documents
// of its files, in name order. Each failing document yields an error that
// names it, and the iteration goes on.
func (r *Reader) Read(ctx context.Context, input string) iter.Seq2[*dyad.Article, error] {
	return func(yieldDoc func(*dyad.Article, error) bool) {
		yield := func(a *dyad.Article, err error) bool {
			setLanguage(a)
			return yieldDoc(a, err)
		}
		switch {
		case input == "-":
			in := r.Stdin
			if in == nil {
				in = os.Stdin
			}
			r.readStream(ctx, in, "-", "stdin", "", "", yield)
		case fetch.IsURL(input):
			resp, err := r.client().Get(ctx, input)
			if err != nil {
				yield(nil, docError(input, "fetching", err))
				return
			}
			r.readStream(ctx, bytes.NewReader(resp.Body), input, urlID(resp.URL), resp.URL, resp.ContentType, yield)
		case strings.Contains(input, "://"):
			yield(nil, docError(input, "only http and https URLs are read", nil))
		default:
			r.readPath(ctx, input, yield)
		}
	}
}

func (r *Reader) maxDocument() int64 {
	if r.MaxDocument > 0 {
		return r.MaxDocument
	}
	return DefaultMaxDocument
}

func (r *Reader) readPath(ctx context.Context, name string, yield func(*dyad.Article, error) bool) bool {
	fi, err := os.Stat(name)
	if err != nil {
		return yield(nil, docError(name, "", err))
	}
	if fi.IsDir() {
		var files []string
		err := filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			if !yield(nil, docError(name, "listing", err)) {
				return false
			}
		}
		sort.Strings(files)
		for _, f := range files {
			if ctx.Err() != nil {
				return false
			}
			if !r.readPath(ctx, f, yield) {
				return false
			}
		}
		return true
	}
	f, err := os.Open(name)
	if err != nil {
		return yield(nil, docError(name, "", err))
	}
	defer f.Close()
	return r.readStream(ctx, f, name, fileID(name), "", "", yield)
}

// readStream detects the kind of one input and reads its documents.
// contentType and pageURL come from HTTP when the input was fetched.
func (r *Reader) readStream(ctx context.Context, in io.Reader, name, id, pageURL, contentType string, yield func(*dyad.Article, error) bool) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	var src io.Reader = br
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return yield(nil, docError(name, "gzip", err))
		}
		defer zr.Close()
		src = bufio.NewReaderSize(zr, 64<<10)
	}
	sb := src.(*bufio.Reader)
	head, err := sb.Peek(headSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull && len(head) == 0 {
		return yield(nil, docError(name, "reading", err))
	}
	// A read error after some bytes (a truncated gzip stream) comes back
	// when the document is read: the records before it are still read.
	kind := Detect(head, name, contentType)
	switch kind {
	case Binary:
		return yield(nil, docError(name, "binary data, not a document", nil))
	case JSONL:
		for a, err := range jsonl.Read(sb, name) {
			if ctx.Err() != nil {
				return false
			}
			if !yield(a, err) {
				return false
			}
		}
		return true
	case WARC:
		for p, err := range warc.Pages(sb, name) {
			if ctx.Err() != nil {
				return false
			}
			if err != nil {
				if !yield(nil, err) {
					return false
				}
				continue
			}
			doc := fmt.Sprintf("%s@%d", name, p.Offset)
			a, err := webpage.Read(webpage.Page{Body: p.Body, ContentType: p.ContentType, URL: p.URL})
			if err != nil {
				if !yield(nil, docError(doc, "record "+p.URL, err)) {
					return false
				}
				continue
			}
			a.ID = recordID(p.RecordID, doc)
			if a.URL == "" {
				a.URL = p.URL
			}
			if !yield(a, nil) {
				return false
			}
		}
		return true
	}

	// The other kinds are read whole, up to the cap.
	max := r.maxDocument()
	body, err := io.ReadAll(io.LimitReader(sb, max+1))
	if err != nil {
		return yield(nil, docError(name, "reading", err))
	}
	if int64(len(body)) > max {
		return yield(nil, docError(name, fmt.Sprintf("larger than the %d-byte cap", max), nil))
	}
	switch kind {
	case JSON:
		for a, err := range jsonl.ReadJSON(body, name) {
			if !yield(a, err) {
				return false
			}
		}
		return true
	case Feed:
		for a, err := range feed.Read(bytes.NewReader(body), name) {
			if ctx.Err() != nil {
				return false
			}
			if err == nil && r.FollowLinks {
				r.follow(ctx, a)
			}
			if !yield(a, err) {
				return false
			}
		}
		return true
	case HTML:
		a, err := webpage.Read(webpage.Page{Body: body, ContentType: contentType, URL: pageURL})
		if err != nil {
			return yield(nil, docError(name, "", err))
		}
		a.ID = id
		return yield(a, nil)
	default:
		a, err := wire.Parse(decodeText(body))
		if err != nil {
			return yield(nil, docError(name, "", err))
		}
		a.ID = id
		if a.URL == "" {
			a.URL = pageURL
		}
		return yield(a, nil)
	}
}

// follow replaces a feed item's text by the text of the page it links to,
// keeping the item's id, title and date, which the feed states best.
func (r *Reader) follow(ctx context.Context, a *dyad.Article) {
	if !fetch.IsURL(a.URL) {
		return
	}
	resp, err := r.client().Get(ctx, a.URL)
	if err != nil {
		return
	}
	p, err := webpage.Read(webpage.Page{Body: resp.Body, ContentType: resp.ContentType, URL: resp.URL})
	if err != nil || len(p.Text) <= len(a.Text) {
		return
	}
	a.Text = p.Text
	a.Dateline = p.Dateline
	if len(a.Authors) == 0 {
		a.Authors = p.Authors
	}
	if a.Published.IsZero() || (!a.TimeKnown && p.TimeKnown) {
		a.Published, a.TimeKnown = p.Published, p.TimeKnown
	}
	if a.Language == "" {
		a.Language = p.Language
	}
}

// client is the fetch client; set Fetch before reading from several
// goroutines, since a Reader without one makes its own on first use.
func (r *Reader) client() *fetch.Client {
	if r.Fetch == nil {
		r.Fetch = &fetch.Client{MaxBytes: r.maxDocument()}
	}
	return r.Fetch
}

// fileID is a file's name without its folder and extensions:
// "seed/000_8e7c.txt" and "page.html.gz" give "000_8e7c" and "page".
func fileID(name string) string {
	base := filepath.Base(name)
	// A leading dot is part of the name, not an extension.
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// urlID names a fetched document after the last segment of its path, or
// its host.
func urlID(rawURL string) string {
	p := rawURL
	if i := strings.Index(p, "://"); i >= 0 {
		p = p[i+3:]
	}
	p = strings.SplitN(p, "?", 2)[0]
	p = strings.SplitN(p, "#", 2)[0]
	p = strings.TrimRight(p, "/")
	if seg := path.Base(p); seg != "" && seg != "." && seg != "/" {
		return fileID(seg)
	}
	return p
}

// recordID is a WARC record's own id without its URN wrapping.
func recordID(id, fallback string) string {
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	id = strings.TrimPrefix(id, "urn:uuid:")
	if id == "" {
		return fallback
	}
	return id
}
