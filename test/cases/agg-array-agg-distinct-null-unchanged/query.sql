-- ARRAY_AGG(DISTINCT v) with a NULL element when a row repeats a value: the array is unchanged.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, ARRAY_AGG(DISTINCT v) AS xs FROM t GROUP BY k;
