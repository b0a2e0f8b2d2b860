-- AVG(v) and COUNT(v) OVER (ORDER BY v) without PARTITION BY: one partition, integer average, every later row updated.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, AVG(v) OVER (ORDER BY v) AS a, COUNT(v) OVER (ORDER BY v) AS c FROM t;
