-- VARIANCE and STDDEV inside expressions and in HAVING: the reduction's projection and filter sit above the GroupAggregate, so a group passing HAVING sends -U/+U whenever m2 moves, and one that stops passing leaves with -U.
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
SELECT k, VARIANCE(i) + 1 AS v1, STDDEV(i) * 2 AS s2, COUNT(*) AS n FROM t GROUP BY k HAVING VARIANCE(i) > 5 OR STDDEV(d) < 1;
