-- SUM(v) OVER (PARTITION BY k ORDER BY v) (RANGE: Flink's COUNT(v) and $SUM0(v)): peers share the sum, NULL sums for NULL-only prefixes, updates stop at the first unchanged sort key.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT k, v, SUM(v) OVER (PARTITION BY k ORDER BY v) AS s FROM t;
