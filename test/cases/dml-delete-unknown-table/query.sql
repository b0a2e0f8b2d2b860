-- DELETE validates its table first: Calcite's 'Object not found' at the name.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
DELETE FROM nope WHERE k = 'a';
