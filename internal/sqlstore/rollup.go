package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strings"

	"github.com/dyadproject/dyad"
)

// The rollups are two tables of counts and Goldstein sums that the store
// keeps in step with the events, in the transaction that changes them (see
// the migrations for their columns):
//
//   - event_days per (date, QuadClass, first two digits of the code):
//     the aggregates over time of all events, of a period, a root or a
//     QuadClass;
//   - event_months per (month, source country, target country), with the
//     counts and sums per QuadClass: the network and the map by country.
//
// Without them the views of all events, which the dashboard opens with,
// read every event: 0.1 to 0.4 s for a million. The rollups hold one row
// for many events only as far as events repeat a key (a million generated
// events make 73,000 days and 190,000 months), so a view reads them when
// its filter names no actor: an actor's or a dyad's events are ranges of
// the events indexes, fewer than the rollup rows of the period.
//
// Goldstein sums are kept in thousandths, as integers: adding events and
// taking them out again leaves exactly what was there. Answers read from
// the events are rounded to thousandths too, so that both ways agree.
const goldsteinUnit = 1000

// goldstein is the SQL of an event's Goldstein value in the rollups' unit.
const goldstein = "CAST(round(goldstein * 1000) AS BIGINT)"

// roundGoldstein rounds a sum of Goldstein values read from the events to
// the rollups' unit.
func roundGoldstein(sum float64) float64 {
	return math.Round(sum*goldsteinUnit) / goldsteinUnit
}

// The keys of the rollups' rows and the values they hold, as SQL over the
// events; the values are negated with sign "-".
const (
	dayKey   = "date, quad, substr(code, 1, 2)"
	monthKey = "date / 100, src3, tgt3"
)

func dayValues(sign string) string {
	return sign + "count(*), " + sign + "sum(" + goldstein + ")"
}

func monthValues(sign string) string {
	v := dayValues(sign)
	for q := 1; q <= 4; q++ {
		v += fmt.Sprintf(", %ssum(CASE WHEN quad = %d THEN 1 ELSE 0 END)", sign, q)
	}
	for q := 1; q <= 4; q++ {
		v += fmt.Sprintf(", %ssum(CASE WHEN quad = %d THEN %s ELSE 0 END)", sign, q, goldstein)
	}
	return v
}

// monthColumns are the columns of event_months after its key.
var monthColumns = []string{"n", "g", "n1", "n2", "n3", "n4", "g1", "g2", "g3", "g4"}

// rollupStatements returns the statements that add the events of a list
// of articles ("%s": the placeholders of their ids) to the rollups, or,
// with remove, take them out (and then drop the rows left with no events).
// Rows are written in key order, so that two PostgreSQL transactions that
// update the same rows wait for each other rather than deadlock.
func rollupStatements(remove bool) []string {
	sign := ""
	if remove {
		sign = "-"
	}
	var sets []string
	for _, c := range monthColumns {
		sets = append(sets, c+" = event_months."+c+" + excluded."+c)
	}
	stmts := []string{
		`INSERT INTO event_days (date, quad, code2, n, g)
		SELECT ` + dayKey + `, ` + dayValues(sign) + ` FROM events WHERE article_id IN (%s) GROUP BY ` + dayKey + ` ORDER BY 1, 2, 3
		ON CONFLICT (date, quad, code2) DO UPDATE SET n = event_days.n + excluded.n, g = event_days.g + excluded.g`,
		`INSERT INTO event_months (month, src3, tgt3, ` + strings.Join(monthColumns, ", ") + `)
		SELECT ` + monthKey + `, ` + monthValues(sign) + ` FROM events WHERE article_id IN (%s) GROUP BY ` + monthKey + ` ORDER BY 2, 3, 1
		ON CONFLICT (month, src3, tgt3) DO UPDATE SET ` + strings.Join(sets, ", "),
	}
	if remove {
		stmts = append(stmts,
			`DELETE FROM event_days WHERE n = 0 AND (date, quad, code2) IN (SELECT `+dayKey+` FROM events WHERE article_id IN (%s))`,
			`DELETE FROM event_months WHERE n = 0 AND (month, src3, tgt3) IN (SELECT `+monthKey+` FROM events WHERE article_id IN (%s))`)
	}
	return stmts
}

var (
	addToRollups      = rollupStatements(false)
	removeFromRollups = rollupStatements(true)
)

// rollups adds the events of the articles ids to the rollups, or takes
// them out (before the events are deleted).
func (s *Store) rollups(ctx context.Context, tx *sql.Tx, remove bool, ids []int64) error {
	stmts := addToRollups
	if remove {
		stmts = removeFromRollups
	}
	for _, stmt := range stmts {
		if err := s.forIDs(ctx, tx, stmt, ids); err != nil {
			return fmt.Errorf("rollups: %w", err)
		}
	}
	return nil
}

// forIDs runs stmt, whose "%s" takes a list of placeholders, for ids, 500
// at a time.
func (s *Store) forIDs(ctx context.Context, tx *sql.Tx, stmt string, ids []int64) error {
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		q := fmt.Sprintf(stmt, strings.TrimSuffix(strings.Repeat("?, ", n), ", "))
		if _, err := tx.ExecContext(ctx, s.d.Rebind(q), args...); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

// onlyPeriod reports whether f selects events by nothing but their date
// and QuadClass (and, with codes, by a code of at most two digits): the
// filters the rollups answer.
func onlyPeriod(f *dyad.EventFilter, codes bool) bool {
	if f.Source != "" || f.Target != "" || f.Actor != "" || f.PLOVER != "" || f.Query != "" || f.Doc != "" {
		return false
	}
	if codes {
		return len(f.Code) <= 2
	}
	return f.Code == "" && f.Root == ""
}

// aggregateDays counts the events of f per day and QuadClass from
// event_days; f must pass onlyPeriod(f, true).
func (s *Store) aggregateDays(ctx context.Context, f *dyad.EventFilter) ([]dyad.DayCount, error) {
	w := &where{}
	if f.From != 0 {
		w.add("date >= ?", int(f.From))
	}
	if f.To != 0 {
		w.add("date <= ?", int(f.To))
	}
	for _, prefix := range []string{f.Code, f.Root} {
		if prefix != "" {
			w.addClause(prefixRange("code2", prefix))
		}
	}
	if f.Quad != 0 {
		w.add("quad = ?", int(f.Quad))
	}
	rows, err := s.query(ctx, "SELECT date, quad, CAST(sum(n) AS BIGINT), CAST(sum(g) AS BIGINT) FROM event_days"+w.String()+
		" GROUP BY date, quad ORDER BY date, quad", w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var days []dyad.DayCount
	for rows.Next() {
		var d dyad.DayCount
		var date int
		var g int64
		if err := rows.Scan(&date, &d.Quad, &d.Events, &g); err != nil {
			return nil, err
		}
		d.Date, d.Goldstein = dyad.Date(date), float64(g)/goldsteinUnit
		days = append(days, d)
	}
	return days, rows.Err()
}

// pairCount is the traffic from one country to another: events, and
// their Goldstein sum in thousandths, in all and per QuadClass.
type pairCount struct {
	events, goldstein int64
	byQuad            [4]int64
}

type pair struct{ src, tgt string }

// countryPairs counts the events of f per pair of countries: the whole
// months of its period from event_months, the days at either end from the
// events. Without sums it counts the events only. f must pass
// onlyPeriod(f, false).
func (s *Store) countryPairs(ctx context.Context, f *dyad.EventFilter, sums bool) (map[pair]*pairCount, error) {
	counts := map[pair]*pairCount{}
	// scan reads one row of a query that the cols give, adding it to
	// the counts of its pair.
	scan := func(q string, args []any) error {
		rows, err := s.query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var p pair
			var c pairCount
			dest := []any{&p.src, &p.tgt, &c.events}
			if sums {
				dest = append(dest, &c.goldstein, &c.byQuad[0], &c.byQuad[1], &c.byQuad[2], &c.byQuad[3])
			}
			if err := rows.Scan(dest...); err != nil {
				return err
			}
			sum := counts[p]
			if sum == nil {
				sum = &pairCount{}
				counts[p] = sum
			}
			sum.events += c.events
			sum.goldstein += c.goldstein
			for i := range c.byQuad {
				sum.byQuad[i] += c.byQuad[i]
			}
		}
		return rows.Err()
	}
	lo, hi, edges, whole := monthSpan(f.From, f.To)
	if whole {
		w := &where{}
		if lo != 0 {
			w.add("month >= ?", lo)
		}
		if hi != 0 {
			w.add("month <= ?", hi)
		}
		cols := "src3, tgt3, CAST(sum(n) AS BIGINT)"
		if sums {
			cols += ", CAST(sum(g) AS BIGINT), CAST(sum(n1) AS BIGINT), CAST(sum(n2) AS BIGINT), CAST(sum(n3) AS BIGINT), CAST(sum(n4) AS BIGINT)"
		}
		if q := int(f.Quad); q != 0 {
			// The events of one QuadClass: its count and sum.
			cols = fmt.Sprintf("src3, tgt3, CAST(sum(n%d) AS BIGINT)", q)
			if sums {
				var byQuad [4]string
				for i := range byQuad {
					byQuad[i] = "0"
				}
				byQuad[q-1] = fmt.Sprintf("CAST(sum(n%d) AS BIGINT)", q)
				cols += fmt.Sprintf(", CAST(sum(g%d) AS BIGINT), ", q) + strings.Join(byQuad[:], ", ")
			}
			w.add(fmt.Sprintf("n%d > 0", q))
		}
		if err := scan("SELECT "+cols+" FROM event_months"+w.String()+" GROUP BY src3, tgt3", w.args); err != nil {
			return nil, err
		}
	}
	for _, e := range edges {
		ef := *f
		ef.From, ef.To = e[0], e[1]
		sel, err := s.selectEvents(ctx, &ef, false)
		if err != nil {
			return nil, err
		}
		events, args := sel.rows("src3, tgt3, quad, goldstein")
		cols := "src3, tgt3, count(*)"
		if sums {
			cols += ", CAST(sum(" + goldstein + ") AS BIGINT), " + quadSums
		}
		if err := scan("SELECT "+cols+" FROM ("+events+") AS e GROUP BY src3, tgt3", args); err != nil {
			return nil, err
		}
	}
	return counts, nil
}

// monthSpan splits the days from..to (0: no bound) into the whole months
// lo..hi (YYYYMM, 0: no bound), which whole reports there are, and the days
// at either end outside them.
func monthSpan(from, to dyad.Date) (lo, hi int, edges [][2]dyad.Date, whole bool) {
	if from != 0 {
		lo = int(from) / 100
		if from.Day() != 1 {
			lo = monthAfter(lo)
		}
	}
	if to != 0 {
		hi = int(to) / 100
		if to != lastDay(hi) {
			hi = monthBefore(hi)
		}
	}
	if from != 0 && to != 0 && lo > hi {
		return 0, 0, [][2]dyad.Date{{from, to}}, false
	}
	if from != 0 && from.Day() != 1 {
		edges = append(edges, [2]dyad.Date{from, lastDay(int(from) / 100)})
	}
	if to != 0 && to != lastDay(int(to)/100) {
		edges = append(edges, [2]dyad.Date{dyad.Date(int(to)/100*100 + 1), to})
	}
	return lo, hi, edges, true
}

func monthAfter(m int) int {
	if m%100 == 12 {
		return (m/100+1)*100 + 1
	}
	return m + 1
}

func monthBefore(m int) int {
	if m%100 == 1 {
		return (m/100-1)*100 + 12
	}
	return m - 1
}

// lastDay returns the last day of the month m (YYYYMM).
func lastDay(m int) dyad.Date {
	first := dyad.Date(m*100 + 1).Time()
	return dyad.DateOf(first.AddDate(0, 1, -1))
}

// CheckRollups compares the rollups with the events they count, and
// reports the first difference: a test of the store's bookkeeping.
func (s *Store) CheckRollups(ctx context.Context) error {
	checks := []struct{ name, rollup, events string }{
		{"event_days", "SELECT date, quad, code2, n, g FROM event_days",
			"SELECT " + dayKey + ", " + dayValues("") + " FROM events GROUP BY " + dayKey},
		{"event_months", "SELECT month, src3, tgt3, " + strings.Join(monthColumns, ", ") + " FROM event_months",
			"SELECT " + monthKey + ", " + monthValues("") + " FROM events GROUP BY " + monthKey},
	}
	for _, c := range checks {
		for _, q := range []struct{ what, a, b string }{
			{"rows that the events do not make", c.rollup, c.events},
			{"rows missing for the events", c.events, c.rollup},
		} {
			var n int
			if err := s.DB.QueryRowContext(ctx, "SELECT count(*) FROM ("+q.a+" EXCEPT "+q.b+") AS x").Scan(&n); err != nil {
				return fmt.Errorf("%s: %w", c.name, err)
			}
			if n > 0 {
				return fmt.Errorf("%s: %d %s", c.name, n, q.what)
			}
		}
	}
	return nil
}
