-- A temporary view selecting a column it does not group by, never read: the validator's "is not being grouped" fails the CREATE TEMPORARY VIEW itself.
CREATE TABLE t (k STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
CREATE TEMPORARY VIEW per_k AS SELECT k, w, SUM(v) AS s FROM t GROUP BY k;
SELECT k, v FROM t;
