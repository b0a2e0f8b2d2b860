-- COLLECT(DISTINCT v) with a NULL element when a row repeats a value: the multiset is unchanged.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, COLLECT(DISTINCT v) AS xs FROM t GROUP BY k;
