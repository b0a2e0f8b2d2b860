-- VARIANCE, STDDEV and VAR_POP in a HOP window aggregation: each window merges its slices' Welford accumulators (WelfordM2AggFunction.merge, in the slice assigner's order).
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
SELECT window_start, window_end, VARIANCE(d) AS vd, STDDEV(d) AS sd, VAR_POP(m) AS vpm, VARIANCE(i) AS vi, COUNT(*) AS n
FROM TABLE(HOP(TABLE t, DESCRIPTOR(ts), INTERVAL '30' SECOND, INTERVAL '2' MINUTE))
GROUP BY window_start, window_end;
