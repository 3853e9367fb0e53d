-- The text index of the events holds, besides each sentence, the countries
-- of its source (src3) and target (tgt3) and both in one token (dyad), so
-- that a search within a dyad or an actor's events is one search of the
-- index (see text.go). It keeps no copy of the text (contentless) and takes
-- entries out by rowid: the store no longer reads the text of what it
-- deletes. Built anew from the events: some seconds per million.
DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_fts USING fts5 (text, src3, tgt3, dyad, content = '', contentless_delete = 1,
	tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO events_fts (rowid, text, src3, tgt3, dyad) SELECT id, text, src3, tgt3, src3 || tgt3 FROM events;
INSERT INTO events_fts (events_fts) VALUES ('optimize');
