-- VARIANCE, STDDEV_POP, VAR_SAMP, STDDEV over an updating input under mini-batch (bundles of 3): two-phase, local Welford accumulators merged into the global one (WelfordM2AggFunction.merge, retractions of a bundle counted below zero).
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '3';
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
