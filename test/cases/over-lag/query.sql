-- LAG(x [, offset [, default]]) OVER (PARTITION BY k ORDER BY ts) on event time: the value offset rows back, peers of one timestamp all get the one before the last peer (a RANGE window), the default where there is none, LAG(x, 0) the last peer's.
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
SELECT k, i, ts, LAG(i) OVER w AS l1, LAG(s, 2) OVER w AS l2, LAG(i, 0) OVER w AS l0, LAG(ts) OVER w AS lt, LAG(i, 1, 99) OVER w AS ld, LAG(m, 3) OVER w AS lm, COUNT(*) OVER w AS c, SUM(i) OVER w AS si
FROM t WINDOW w AS (PARTITION BY k ORDER BY ts);
