-- DEFAULT as a built-in function's argument parses in Flink 2.3.0; its validator rejects it.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SELECT UPPER(DEFAULT) FROM t;
