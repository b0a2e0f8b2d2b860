-- A subquery's aggregate the outer query does not use is pruned (Calcite's ProjectAggregateMergeRule): GROUP BY k with no call left emits one +I per key.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k FROM (SELECT k, COUNT(*) AS c, SUM(v) AS s FROM t GROUP BY k);
