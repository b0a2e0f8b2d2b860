-- DENSE_RANK() OVER (PARTITION BY k ORDER BY v): printed as RANK is, the count of rows through the peers.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, DENSE_RANK() OVER (PARTITION BY k ORDER BY v) AS r FROM t;
