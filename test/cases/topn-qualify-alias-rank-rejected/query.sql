-- QUALIFY r <= 2 on the SELECT list's own RANK() AS r: Flink 2.3.0 plans the Top-N and rejects RANK in streaming.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT *, RANK() OVER (PARTITION BY k ORDER BY v) AS r FROM t QUALIFY r <= 2;
