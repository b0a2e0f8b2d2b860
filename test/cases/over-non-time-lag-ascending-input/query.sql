-- LAG(v) OVER (PARTITION BY k ORDER BY v) over rows that arrive in order: no accumulators are compared, the previous value per row.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT k, v, LAG(v) OVER (PARTITION BY k ORDER BY v) AS p FROM t;
