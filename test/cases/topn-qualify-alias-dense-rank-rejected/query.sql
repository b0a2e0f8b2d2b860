-- QUALIFY r <= 2 on the SELECT list's DENSE_RANK() ordered by the rowtime: rejected as the Top-N's DENSE_RANK, though an OVER aggregation on time would run.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, DENSE_RANK() OVER (PARTITION BY k ORDER BY ts) AS r FROM t QUALIFY r <= 2;
