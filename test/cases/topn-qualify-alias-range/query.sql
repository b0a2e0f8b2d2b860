-- QUALIFY r > 1 AND r <= 3 on the SELECT list's rank alias: a Top-N whose rank range starts at 2.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC) AS r FROM t QUALIFY r > 1 AND r <= 3;
