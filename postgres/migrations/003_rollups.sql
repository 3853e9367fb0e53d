-- Rollups of the events, as in the SQLite schema (004_rollups.sql there):
-- counts and Goldstein sums in thousandths that the store keeps in step
-- with the events table (internal/sqlstore, rollup.go).
CREATE TABLE event_days (
	date  INTEGER NOT NULL,
	quad  INTEGER NOT NULL,
	code2 TEXT COLLATE "C" NOT NULL, -- the code's first two digits: its root
	n     BIGINT NOT NULL,           -- events
	g     BIGINT NOT NULL,           -- sum of their Goldstein values × 1000
	PRIMARY KEY (date, quad, code2)
);

CREATE TABLE event_months (
	month INTEGER NOT NULL, -- YYYYMM
	src3  TEXT COLLATE "C" NOT NULL,
	tgt3  TEXT COLLATE "C" NOT NULL,
	n     BIGINT NOT NULL,
	g     BIGINT NOT NULL,
	-- the same per QuadClass 1 to 4 (events outside CAMEO have none)
	n1 BIGINT NOT NULL, n2 BIGINT NOT NULL, n3 BIGINT NOT NULL, n4 BIGINT NOT NULL,
	g1 BIGINT NOT NULL, g2 BIGINT NOT NULL, g3 BIGINT NOT NULL, g4 BIGINT NOT NULL,
	PRIMARY KEY (src3, tgt3, month)
);

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
