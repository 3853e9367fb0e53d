// Package webpage reads news articles from HTML pages: it decodes the
// page's charset, finds the main text with go-trafilatura, renders it as
// paragraphs, drops the page furniture that the extractor lets through
// (repeated headlines, captions and credits, link lists, share and
// subscription prompts), and takes the metadata an event needs — title,
// publication date and time, authors, publisher, URL and language — from
// the page's meta tags and structured data.
package webpage
