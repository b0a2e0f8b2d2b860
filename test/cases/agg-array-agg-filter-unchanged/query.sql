-- ARRAY_AGG(v) FILTER (WHERE v > 5) when a row is filtered out: the array is unchanged.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k, ARRAY_AGG(v) FILTER (WHERE v > 5) AS xs FROM t GROUP BY k;
