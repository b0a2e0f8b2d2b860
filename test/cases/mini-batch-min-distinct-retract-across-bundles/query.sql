-- Two-phase mini-batch aggregation over an updating input: MIN/MAX and COUNT(DISTINCT) count a value a bundle retracts without holding it below zero (MaxWithRetractAggFunction's map, the distinct view), and the merge into the state settles it: the old counts leave MIN and the distinct count.
CREATE TABLE t (id INT, g STRING, k STRING) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SELECT g, MAX(n) AS mx, MIN(n) AS mn, SUM(n) AS s, COUNT(DISTINCT n) AS d FROM (SELECT g, k, COUNT(*) AS n FROM t GROUP BY g, k) GROUP BY g;
