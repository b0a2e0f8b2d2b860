-- A result row holding NULL (MAX of the first value, a NULL count) when a row changes nothing.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, MAX(v) AS m, MIN(CAST(NULL AS INT)) AS n FROM t GROUP BY k;
