-- MERGE INTO an unknown table: Calcite's 'Object not found' before 'Unsupported query'.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
MERGE INTO nope USING t ON t.k = 'a' WHEN MATCHED THEN UPDATE SET v = 1;
