-- VAR_SAMP(DISTINCT i), STDDEV_POP(i) FILTER (WHERE ...), VARIANCE(d) under GROUP BY ROLLUP(k): the Welford reduction keeps the call's DISTINCT and FILTER on both of its aggregates, per grouping set.
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
SELECT k, VAR_SAMP(DISTINCT i) AS vd, STDDEV_POP(i) FILTER (WHERE i > 1) AS sf, VARIANCE(d) AS v, COUNT(*) AS n FROM t GROUP BY ROLLUP(k);
