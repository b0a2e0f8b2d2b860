-- MAX(v) and MIN(v) OVER (PARTITION BY k ORDER BY v): MAX follows the peers' value, MIN drops as smaller values come in.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, MAX(v) OVER (PARTITION BY k ORDER BY v) AS m, MIN(v) OVER (PARTITION BY k ORDER BY v) AS lo FROM t;
