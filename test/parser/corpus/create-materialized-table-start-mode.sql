-- START_MODE (Flink 2.3): where a materialized table's refresh starts
CREATE MATERIALIZED TABLE daily_totals
WITH ('format' = 'json')
START_MODE = FROM_NOW(INTERVAL '1' HOUR)
FRESHNESS = INTERVAL '1' HOUR
AS SELECT ds, COUNT(*) AS n FROM orders GROUP BY ds
