-- USING a column one side does not have: Calcite's Column 'x' not found in any table.
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
CREATE TABLE c (k STRING, z INT) WITH ('connector' = 'filesystem', 'path' = 'c.csv', 'format' = 'csv');
SELECT * FROM a JOIN c USING (x);
