-- ORDER BY k LIMIT 1 OFFSET 1 over a SUM per key (UpdateFastStrategy on the group key): the second key's sums as -U/+U.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, SUM(v) s FROM t GROUP BY k ORDER BY k LIMIT 1 OFFSET 1;
