-- VARIANCE, STDDEV_POP and VAR_POP in a TUMBLE window aggregation: the GROUP BY's Welford reduction, m2 and COUNT per window, cast to the argument's type.
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
SELECT window_start, k, VARIANCE(i) AS vi, STDDEV_POP(i) AS spi, VARIANCE(d) AS vd, VAR_POP(m) AS vpm, COUNT(*) AS n
FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '2' MINUTE))
GROUP BY window_start, window_end, k;
