-- TRUNCATE TABLE in streaming mode: rejected (TableException) once the table is found.
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
TRUNCATE TABLE t;
