-- ORDER BY COUNT(*) DESC LIMIT 2 over a GROUP BY (UpdateFastStrategy: UpdatableTopNFunction, the input without UPDATE_BEFORE): a kept key's update is -U/+U of its row, a key that falls out is forgotten.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, COUNT(*) c FROM t GROUP BY k ORDER BY c DESC LIMIT 2;
