-- Articles and the events coded from them, as in the SQLite schema. Codes
-- use the C collation so that prefix ranges (source >= 'USA' AND source <
-- 'USB') mean what they say and use the indexes.
CREATE TABLE articles (
	id          BIGSERIAL PRIMARY KEY,
	doc         TEXT NOT NULL,
	url         TEXT,
	raw_url     TEXT NOT NULL DEFAULT '',
	content_key TEXT NOT NULL,
	title       TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',
	dateline    TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	authors     TEXT NOT NULL DEFAULT '[]',
	language    TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	ingested    TEXT NOT NULL,
	coded       TEXT NOT NULL,
	search      tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || text)) STORED
);
CREATE UNIQUE INDEX articles_url ON articles (url);
CREATE UNIQUE INDEX articles_content_key ON articles (content_key);
CREATE INDEX articles_doc ON articles (doc);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE events (
	id             BIGSERIAL PRIMARY KEY,
	article_id     BIGINT NOT NULL REFERENCES articles (id),
	date           INTEGER NOT NULL,
	source         TEXT COLLATE "C" NOT NULL,
	target         TEXT COLLATE "C" NOT NULL,
	code           TEXT COLLATE "C" NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      DOUBLE PRECISION NOT NULL,
	plover         TEXT NOT NULL,
	src3           TEXT COLLATE "C" NOT NULL, -- country part of source: its first three letters
	tgt3           TEXT COLLATE "C" NOT NULL,
	sentence       INTEGER NOT NULL,
	text           TEXT NOT NULL,
	source_text    TEXT NOT NULL,
	target_text    TEXT NOT NULL,
	verb_text      TEXT NOT NULL,
	source_start   INTEGER NOT NULL,
	source_end     INTEGER NOT NULL,
	target_start   INTEGER NOT NULL,
	target_end     INTEGER NOT NULL,
	verb_start     INTEGER NOT NULL,
	verb_end       INTEGER NOT NULL,
	sentence_start INTEGER NOT NULL,
	sentence_end   INTEGER NOT NULL,
	pattern        TEXT NOT NULL,
	search         tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX events_date ON events (date, id);
-- Dyads and actors are asked for by country more than anything else: these
-- indexes find a country's or a dyad's events in date order and answer the
-- aggregates without reading the table.
CREATE INDEX events_dyad ON events (src3, tgt3, date, quad, goldstein, code);
CREATE INDEX events_target ON events (tgt3, date, src3, quad, goldstein, code);
CREATE INDEX events_code ON events (code, date);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_search ON events USING GIN (search);
