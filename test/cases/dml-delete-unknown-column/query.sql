-- DELETE validates its WHERE as a query's: Calcite's 'Column not found in any table'.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
DELETE FROM t WHERE zz = 1;
