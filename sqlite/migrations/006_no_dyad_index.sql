-- A dyad's events are read from the source's (or the target's) index,
-- whichever country has fewer events, testing the other side inside the
-- index: a dyad both ways of two big countries reads some 200,000 entries of
-- a million (daily aggregate 44 ms at the 99th percentile, 27 with an index
-- of its own). An index of its own was a fifth of the pages every stored
-- batch of events writes, as every index ordered by anything but arrival
-- is.
DROP INDEX events_dyad;
