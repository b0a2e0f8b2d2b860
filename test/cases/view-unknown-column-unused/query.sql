-- A view over a column that does not exist, never read: Flink 2.3.0 validates a view's query when it creates the view, so the CREATE VIEW fails and the query after it never runs.
CREATE TABLE t (k STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
CREATE VIEW vv AS SELECT k, nope FROM t;
SELECT k, v FROM t;
