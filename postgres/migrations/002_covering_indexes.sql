-- A country's events as source in date order, as events_target has them as
-- target: a page of an actor's newest events, and its aggregates over a
-- period, are then ranges of an index on either side.
CREATE INDEX events_source ON events (src3, date, tgt3, quad, goldstein, code);
-- The date index holds what the aggregates, the map and the network read,
-- so that a period of all events is counted from the index alone.
DROP INDEX events_date;
CREATE INDEX events_date ON events (date, src3, tgt3, quad, goldstein, code);
