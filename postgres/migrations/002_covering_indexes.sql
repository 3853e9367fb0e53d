-- A country's events as source in date order, as events_target has them as
-- target: a page of an actor's newest events, and its aggregates over a
-- period, are then ranges of an index on either side.
CREATE INDEX events_source ON events (src3, date, quad, goldstein, tgt3, code);
-- The date index holds what the aggregates, the map and the network read,
-- so that a period of all events is counted from the index alone; QuadClass
-- right after the date lets a daily count by QuadClass run without a sort.
DROP INDEX events_date;
CREATE INDEX events_date ON events (date, quad, goldstein, src3, tgt3, code);
DROP INDEX events_target;
CREATE INDEX events_target ON events (tgt3, date, quad, goldstein, src3, code);
