-- COUNT(*) OVER (... ORDER BY v ROWS BETWEEN 1 PRECEDING AND CURRENT ROW): 'Non-time attribute sort is not supported for bounded OVER window.'
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, COUNT(*) OVER (PARTITION BY k ORDER BY v ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM t;
