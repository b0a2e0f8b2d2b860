-- VAR_SAMP, VAR_POP, STDDEV, STDDEV_POP, VARIANCE in an OVER aggregation: Calcite's older reduction (SUM0 of squares, SUM0, COUNT) computed in the argument's type, so an INT's variance uses integer division (1, 2 gives 1, where a GROUP BY's Welford form gives 0); DOUBLE and DECIMAL(38, 6).
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
SELECT k, i, VAR_SAMP(i) OVER w AS vs, VAR_POP(i) OVER w AS vp, STDDEV(i) OVER w AS sd, STDDEV_POP(i) OVER w AS sp,
  VARIANCE(d) OVER w AS vd, STDDEV_POP(d) OVER w AS spd, VARIANCE(m) OVER w AS vm, STDDEV(m) OVER w AS sm
FROM t WINDOW w AS (PARTITION BY k ORDER BY ts);
