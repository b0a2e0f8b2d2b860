-- MERGE INTO parses (Calcite's grammar) but Flink 2.3.0 runs no MERGE: 'Unsupported query' with the statement's text, in both modes.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
MERGE INTO t USING t AS s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v;
