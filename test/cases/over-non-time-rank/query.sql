-- RANK() OVER (PARTITION BY k ORDER BY v) (NonTimeRangeUnboundedPrecedingFunction): peers share the count of rows up to and including them (3, 3 for two 5s after a 3), updated as smaller values arrive.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, RANK() OVER (PARTITION BY k ORDER BY v) AS r FROM t;
