-- CUME_DIST in a streaming OVER aggregation: 'CUME_DIST Function is not supported in stream mode.'
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
SELECT k, i, CUME_DIST() OVER (PARTITION BY k ORDER BY ts) AS x FROM t;
