-- TRUNCATE TABLE of an unknown table: the catalog's ValidationException (the harness lists its own catalog too; stock Flink prints [default_catalog]).
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
TRUNCATE TABLE nope;
