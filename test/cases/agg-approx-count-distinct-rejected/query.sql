-- APPROX_COUNT_DISTINCT in a streaming GROUP BY: 'APPROX_COUNT_DISTINCT aggregate function does not support yet for streaming.' (Flink plans it in batch only).
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
SELECT k, APPROX_COUNT_DISTINCT(i) AS n FROM t GROUP BY k;
