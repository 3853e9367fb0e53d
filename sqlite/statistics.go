package sqlite

import (
	"context"
	"database/sql"
)

// The query planner's statistics (sqlite_stat1, and sqlite_stat4 in this
// build) come from ANALYZE, which "PRAGMA optimize" runs when a table has
// grown. Two things in them do harm, and tuneStatistics takes them out:
//
//   - Statistics on the FTS5 shadow tables. FTS5 seeks in its index with
//     statements of its own whose bound term then counts for the planner,
//     so SQLite prepares them again at every seek: looking up one event's
//     sentence in the text index cost 100 µs instead of 3 µs.
//   - Skip-scans on the events indexes. Seeing few countries, the planner
//     skips through an index that leads with the source country for a
//     target country rather than take events_target, which has that
//     target's events in date order: a page of an actor's newest events
//     then sorts all of them. Marking the indexes "noskipscan" keeps it on
//     the index made for the query.
const (
	ftsTables        = `(tbl LIKE 'events\_fts%' ESCAPE '\' OR tbl LIKE 'articles\_fts%' ESCAPE '\')`
	skipScanAllowed  = `tbl = 'events' AND idx IS NOT NULL AND stat NOT LIKE '%noskipscan%'`
	statisticsTables = `SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4') ORDER BY name`
)

// tuneStatistics corrects the planner's statistics and reports whether it
// changed them. When the database has statistics but not for an index that
// a migration added, it gathers those of the events table first, so that
// the planner does not weigh the new index by guesswork. Connections read
// the statistics when they load the schema: the caller makes sure the ones
// it keeps load them again.
func tuneStatistics(ctx context.Context, db *sql.DB) (bool, error) {
	tables, err := statistics(ctx, db)
	if err != nil || len(tables) == 0 {
		return false, err
	}
	var unanalyzed int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema s WHERE s.type = 'index' AND s.tbl_name = 'events'
		AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 t WHERE t.tbl = 'events' AND t.idx = s.name)`).Scan(&unanalyzed)
	if err != nil {
		return false, err
	}
	if unanalyzed > 0 {
		if _, err := db.ExecContext(ctx, "ANALYZE events"); err != nil {
			return false, err
		}
	}
	changed := unanalyzed > 0
	for _, t := range tables {
		var n int
		check := "SELECT count(*) FROM " + t + " WHERE " + ftsTables
		if t == "sqlite_stat1" {
			check += " OR (" + skipScanAllowed + ")"
		}
		if err := db.QueryRowContext(ctx, check).Scan(&n); err != nil {
			return false, err
		}
		if n == 0 {
			continue
		}
		if _, err := db.ExecContext(ctx, "DELETE FROM "+t+" WHERE "+ftsTables); err != nil {
			return false, err
		}
		if t == "sqlite_stat1" {
			if _, err := db.ExecContext(ctx, "UPDATE sqlite_stat1 SET stat = stat || ' noskipscan' WHERE "+skipScanAllowed); err != nil {
				return false, err
			}
		}
		changed = true
	}
	return changed, nil
}

// statistics returns the statistics tables the database has: none before
// its first ANALYZE, else sqlite_stat1 and, in this build, sqlite_stat4.
func statistics(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, statisticsTables)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		tables = append(tables, name)
	}
	return tables, rows.Err()
}

// Analyze merges the text indexes, gathers the planner's statistics afresh
// (after a large ingest, say) and corrects them; connections opened
// afterwards use them.
func (db *DB) Analyze(ctx context.Context) error {
	if err := mergeTextIndexes(ctx, db.DB); err != nil {
		return err
	}
	if _, err := db.DB.ExecContext(ctx, "ANALYZE"); err != nil {
		return err
	}
	if _, err := tuneStatistics(ctx, db.DB); err != nil {
		return err
	}
	reconnect(db.DB)
	return nil
}

// reconnect closes the idle connections, so that the next ones load the
// schema, and the statistics with it, anew.
func reconnect(db *sql.DB) {
	db.SetMaxIdleConns(0)
	db.SetMaxIdleConns(2) // database/sql's default
}
