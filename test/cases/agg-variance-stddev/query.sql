-- VARIANCE and STDDEV (VAR_SAMP / STDDEV_SAMP) beside VAR_POP, STDDEV_POP over INT, BIGINT, DOUBLE, FLOAT, DECIMAL: Welford m2 and COUNT in the GroupAggregate, the result cast to the argument's type (INT truncated, DECIMAL(38, 6)), a -U/+U when m2 moves but the cast result does not.
CREATE TABLE t (
  k STRING,
  i INT,
  d DOUBLE,
  m DECIMAL(10, 2)
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT k, VARIANCE(i) AS vi, STDDEV(i) AS si, VAR_POP(i) AS vpi, STDDEV_POP(i) AS spi, VAR_SAMP(CAST(i AS BIGINT)) AS vbi,
  VARIANCE(d) AS vd, STDDEV_SAMP(d) AS sd, VAR_POP(d) AS vpd, STDDEV(CAST(d AS FLOAT)) AS sf,
  VARIANCE(m) AS vm, STDDEV(m) AS sm, STDDEV_POP(m) AS spm, VAR_POP(m) AS vpm
FROM t GROUP BY k;
