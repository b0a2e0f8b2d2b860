-- PERCENTILE over an updating input under mini-batch (bundles of 3): two-phase, local value counts merged into the global ones.
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE t (
  id INT,
  k STRING,
  i INT,
  d DOUBLE
) WITH (
  'connector' = 'filesystem',
  'path' = 't.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT k, PERCENTILE(i, 0.5) AS p50, PERCENTILE(d, ARRAY[0.1, 0.75]) AS pd, PERCENTILE(i, 0.4, id) AS pf, COUNT(*) AS n
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(i) AS i, LAST_VALUE(d) AS d FROM t GROUP BY id)
GROUP BY k;
