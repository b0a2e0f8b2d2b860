-- ORDER BY COUNT(*) DESC LIMIT 2 OFFSET 1 over a GROUP BY (UpdatableTopNFunction's with-row-number algorithm: ranks 2-3 updated by position).
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, COUNT(*) c FROM t GROUP BY k ORDER BY c DESC LIMIT 2 OFFSET 1;
