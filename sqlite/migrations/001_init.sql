-- Articles and the events coded from them. Dates are integers YYYYMMDD;
-- spans are byte offsets into articles.text.
CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	doc         TEXT NOT NULL,            -- the input's own id
	url         TEXT,                     -- normalised URL, NULL when none
	raw_url     TEXT NOT NULL DEFAULT '',
	content_key TEXT NOT NULL,            -- dyad.ContentKey(text)
	title       TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '', -- RFC 3339, or YYYY-MM-DD
	dateline    TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	authors     TEXT NOT NULL DEFAULT '[]', -- JSON array
	language    TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	ingested    TEXT NOT NULL,
	coded       TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles (url);
CREATE UNIQUE INDEX articles_content_key ON articles (content_key);
CREATE INDEX articles_doc ON articles (doc);

CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	article_id     INTEGER NOT NULL REFERENCES articles (id),
	date           INTEGER NOT NULL,
	source         TEXT NOT NULL,
	target         TEXT NOT NULL,
	code           TEXT NOT NULL,
	root           TEXT NOT NULL,
	quad           INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover         TEXT NOT NULL,
	src3           TEXT NOT NULL, -- country part of source: its first three letters
	tgt3           TEXT NOT NULL,
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
	pattern        TEXT NOT NULL
);
CREATE INDEX events_date ON events (date, id);
-- Dyads and actors are asked for by country more than anything else: these
-- indexes find a country's or a dyad's events in date order and answer the
-- aggregates without reading the table.
CREATE INDEX events_dyad ON events (src3, tgt3, date, quad, goldstein, code);
CREATE INDEX events_target ON events (tgt3, date, src3, quad, goldstein, code);
CREATE INDEX events_code ON events (code, date);
CREATE INDEX events_article ON events (article_id);

-- Full-text search over event sentences and over articles, kept in step
-- by triggers (external-content FTS5 tables).
CREATE VIRTUAL TABLE events_fts USING fts5 (text, content = 'events', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
	INSERT INTO events_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
	INSERT INTO events_fts (events_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
