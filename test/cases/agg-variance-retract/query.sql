-- VARIANCE, STDDEV_POP, VAR_SAMP, STDDEV over an updating input (LAST_VALUE per id): retractions take values back in Welford's order, a group back to one value gives null / 0, an emptied group is deleted.
CREATE TABLE t (
  id INT,
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
SELECT k, VARIANCE(i) AS vi, STDDEV_POP(d) AS spd, VAR_SAMP(d) AS vsd, STDDEV(m) AS sm, VAR_POP(m) AS vpm, COUNT(*) AS n
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(i) AS i, LAST_VALUE(d) AS d, LAST_VALUE(m) AS m FROM t GROUP BY id)
GROUP BY k;
