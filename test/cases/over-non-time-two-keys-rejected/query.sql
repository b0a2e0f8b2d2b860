-- ROW_NUMBER() OVER (PARTITION BY k ORDER BY v, ts): 'The window can only be ordered by a single time column.' also for a non-time first key.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v, ts) AS rn FROM t;
