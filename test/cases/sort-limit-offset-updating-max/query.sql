-- ORDER BY MAX(v) ASC LIMIT 2 OFFSET 1 (MAX rises, ordered ascending: RetractStrategy).
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, MAX(v) m FROM t GROUP BY k ORDER BY m LIMIT 2 OFFSET 1;
