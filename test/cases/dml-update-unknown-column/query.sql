-- UPDATE validates its target columns first: Calcite's 'Unknown target column' at the column.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
UPDATE t SET zz = 1 WHERE k = 'a';
