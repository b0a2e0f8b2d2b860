-- PERCENTILE over ROWS BETWEEN 2 PRECEDING AND CURRENT ROW: the oldest value's count is taken back as the frame slides.
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
SELECT k, i, PERCENTILE(i, 0.5) OVER w AS p50, PERCENTILE(d, ARRAY[0.0, 1.0]) OVER w AS pd FROM t WINDOW w AS (PARTITION BY k ORDER BY ts ROWS BETWEEN 2 PRECEDING AND CURRENT ROW);
