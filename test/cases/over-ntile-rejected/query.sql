-- NTILE beside SUM in a streaming OVER aggregation: 'NTILE Function is not supported in stream mode.'
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
SELECT k, i, SUM(i) OVER w AS x, NTILE(2) OVER w AS y FROM t WINDOW w AS (PARTITION BY k ORDER BY ts);
