-- QUALIFY r = 1 AND v > 2 on the SELECT list's rank alias: the other condition filters the Top-1's changes after the rank (+U without a first +I).
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC) AS r FROM t QUALIFY r = 1 AND v > 2;
