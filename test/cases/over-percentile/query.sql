-- PERCENTILE in an event-time OVER aggregation (RANGE unbounded): peers of a timestamp share one value; a single percentage and an ARRAY, over INT, DOUBLE, DECIMAL.
CREATE TABLE t (
  k STRING,
  i INT,
  d DOUBLE,
  m DECIMAL(10, 2),
  ts TIMESTAMP(3),
  s STRING,
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT k, i, PERCENTILE(i, 0.5) OVER w AS p50, PERCENTILE(d, ARRAY[0.25, 0.75]) OVER w AS pd, PERCENTILE(m, 0.9) OVER w AS pm FROM t WINDOW w AS (PARTITION BY k ORDER BY ts);
