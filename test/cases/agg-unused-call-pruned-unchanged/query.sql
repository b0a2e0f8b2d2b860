-- The unused SUM is pruned from the subquery's aggregate, so a row that leaves ARRAY_AGG(DISTINCT v) unchanged emits nothing.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k, CARDINALITY(xs) AS n, xs FROM (SELECT k, ARRAY_AGG(DISTINCT v) AS xs, SUM(v) AS s FROM t GROUP BY k);
