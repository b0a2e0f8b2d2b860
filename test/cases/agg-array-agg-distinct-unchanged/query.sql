-- ARRAY_AGG(DISTINCT v) when a row repeats a value: the array is unchanged.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k, ARRAY_AGG(DISTINCT v) AS xs FROM t GROUP BY k;
