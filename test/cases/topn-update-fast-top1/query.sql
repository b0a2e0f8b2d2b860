-- ORDER BY k LIMIT 1 over a SUM per key (UpdateFastStrategy top-1: FastTop1Function): the kept row's updates are not sent, its sort key does not change.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, SUM(v) s FROM t GROUP BY k ORDER BY k LIMIT 1;
