-- LIMIT 2 OFFSET 1 over a GROUP BY (Flink's Limit: RetractableTopNFunction with rank range 2-3): rows move by position, and a row once emitted is no longer found by its retraction (RowKind-sensitive equaliser), so later changes only come in.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, COUNT(*) c FROM t GROUP BY k LIMIT 2 OFFSET 1;
