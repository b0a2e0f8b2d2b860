-- LAG(v) OVER (PARTITION BY k ORDER BY v) where a row lands before others: Flink 2.3.0's job fails comparing LAG's raw accumulator.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, LAG(v) OVER (PARTITION BY k ORDER BY v) AS p FROM t;
