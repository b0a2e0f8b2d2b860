-- ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) without a filter (Flink 2.1+: an OverAggregate over NonTimeRowsUnboundedPrecedingFunction): a row comes in with its number, the rows after it are renumbered (-U/+U); ties in arrival order, NULL first.
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv', 'csv.null-literal' = '');
SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v) AS rn FROM t;
