-- A view's aggregate columns the query does not read are pruned, HAVING's are not: COUNT(*) stays, so a row that changes only the count still emits -U/+U of the same (k, lo).
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
CREATE VIEW agg AS SELECT k, MIN(v) AS lo, COUNT(*) AS c, LISTAGG(CAST(v AS STRING)) AS l FROM t GROUP BY k HAVING COUNT(*) < 10;
SELECT k, lo FROM agg;
