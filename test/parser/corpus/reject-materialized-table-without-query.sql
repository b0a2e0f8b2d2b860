-- A materialized table needs its query
CREATE MATERIALIZED TABLE daily_totals
FRESHNESS = INTERVAL '1' HOUR