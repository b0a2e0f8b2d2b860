-- NTILE called without OVER as a select item of its own, unaliased: Calcite's 'OVER clause is necessary for window functions' (aliased it reaches the code generator: window-function-without-over-rejected).
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
SELECT k, NTILE(2) FROM t;
