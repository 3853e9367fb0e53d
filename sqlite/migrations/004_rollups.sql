-- Rollups of the events: counts and Goldstein sums (in thousandths, so that
-- adding and taking out is exact) that the store keeps in step with the
-- events table in the transactions that change it (internal/sqlstore,
-- rollup.go). The views of many events read them instead of the events:
-- event_days the aggregates per day and QuadClass without an actor named,
-- event_months the network and the map by country (in the order of pairs,
-- so that summing the months of each pair needs no sort). A million
-- generated events make 73,000 days and 190,000 months.
CREATE TABLE event_days (
	date  INTEGER NOT NULL,
	quad  INTEGER NOT NULL,
	code2 TEXT NOT NULL,    -- the code's first two digits: its root
	n     INTEGER NOT NULL, -- events
	g     INTEGER NOT NULL, -- sum of their Goldstein values × 1000
	PRIMARY KEY (date, quad, code2)
) WITHOUT ROWID;

CREATE TABLE event_months (
	month INTEGER NOT NULL, -- YYYYMM
	src3  TEXT NOT NULL,
	tgt3  TEXT NOT NULL,
	n     INTEGER NOT NULL,
	g     INTEGER NOT NULL,
	-- the same per QuadClass 1 to 4 (events outside CAMEO have none)
	n1 INTEGER NOT NULL, n2 INTEGER NOT NULL, n3 INTEGER NOT NULL, n4 INTEGER NOT NULL,
	g1 INTEGER NOT NULL, g2 INTEGER NOT NULL, g3 INTEGER NOT NULL, g4 INTEGER NOT NULL,
	PRIMARY KEY (src3, tgt3, month)
) WITHOUT ROWID;

INSERT INTO event_days (date, quad, code2, n, g)
SELECT date, quad, substr(code, 1, 2), count(*), sum(CAST(round(goldstein * 1000) AS BIGINT))
FROM events GROUP BY date, quad, substr(code, 1, 2);

INSERT INTO event_months (month, src3, tgt3, n, g, n1, n2, n3, n4, g1, g2, g3, g4)
SELECT date / 100, src3, tgt3, count(*), sum(CAST(round(goldstein * 1000) AS BIGINT)),
	sum(CASE WHEN quad = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 2 THEN 1 ELSE 0 END),
	sum(CASE WHEN quad = 3 THEN 1 ELSE 0 END), sum(CASE WHEN quad = 4 THEN 1 ELSE 0 END),
	sum(CASE WHEN quad = 1 THEN CAST(round(goldstein * 1000) AS BIGINT) ELSE 0 END),
	sum(CASE WHEN quad = 2 THEN CAST(round(goldstein * 1000) AS BIGINT) ELSE 0 END),
	sum(CASE WHEN quad = 3 THEN CAST(round(goldstein * 1000) AS BIGINT) ELSE 0 END),
	sum(CASE WHEN quad = 4 THEN CAST(round(goldstein * 1000) AS BIGINT) ELSE 0 END)
FROM events GROUP BY date / 100, src3, tgt3;
