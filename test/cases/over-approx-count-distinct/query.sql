-- APPROX_COUNT_DISTINCT in a streaming OVER aggregation, which Flink 2.3.0 takes (unlike GROUP BY): it counts the non-null values, distinct or not (400 for 400 rows of 370 distinct strings), every 40th row shown.
CREATE TABLE t (
  i INT,
  s STRING,
  d DOUBLE,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv'
);
SELECT n, ci, cs, cd FROM (
  SELECT COUNT(*) OVER w AS n, APPROX_COUNT_DISTINCT(i) OVER w AS ci, APPROX_COUNT_DISTINCT(s) OVER w AS cs, APPROX_COUNT_DISTINCT(d) OVER w AS cd
  FROM t WINDOW w AS (ORDER BY ts)
) WHERE MOD(n, 40) = 0 OR n < 4;
