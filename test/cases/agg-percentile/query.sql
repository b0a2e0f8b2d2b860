-- PERCENTILE(x, p) per group over INT, DOUBLE, DECIMAL: a DOUBLE interpolated at p * (n - 1) + 1, ARRAY percentages give ARRAY<DOUBLE> in their own order, a frequency argument counts a value that many times (null or <= 0: not at all).
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
SELECT k, PERCENTILE(i, 0.5) AS p50, PERCENTILE(m, 0.25) AS pm, PERCENTILE(d, ARRAY[0.0, 0.25, 0.5, 1.0]) AS pa, PERCENTILE(i, 0.5, i) AS pf, PERCENTILE(d, ARRAY[0.9, 0.1], 2) AS paf, PERCENTILE(i, 1) AS pmax
FROM t GROUP BY k;
