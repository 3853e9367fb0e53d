-- The store keeps the FTS5 tables in step itself, once per batch
-- (sqlstore.TextIndex): triggers indexed row by row, and FTS5 writes what
-- it holds in memory to disk after every statement that changes it.
DROP TRIGGER events_fts_insert;
DROP TRIGGER events_fts_delete;
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
