-- FROM t (x INT): Calcite's extended columns parse in Flink 2.3.0; its validator rejects them.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT * FROM t (x INT);
