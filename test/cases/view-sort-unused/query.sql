-- A view ordered by a column that is not a time attribute, never read: the validator accepts it (only the streaming planner refuses such a sort, when a query reads the view), so the query after it runs.
CREATE TABLE t (k STRING, v INT, w INT) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
CREATE VIEW sorted AS SELECT k, v FROM t ORDER BY v;
SELECT k, v FROM t WHERE v > 2;
