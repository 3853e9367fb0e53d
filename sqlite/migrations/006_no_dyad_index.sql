-- A dyad's events are read from the source's or the target's index
-- (whichever country has fewer events), testing the other side inside the
-- index. A dyad both ways of two big countries then reads some 200,000
-- entries of a million rather than 35,000 (its daily aggregate takes 44 ms
-- at the 99th percentile instead of 27), but every stored event no longer
-- changes a page of one more index ordered by something else than arrival:
-- storing into a million events is a sixth faster.
DROP INDEX events_dyad;
