-- NATURAL JOIN of tables with no column name in common: a join without a condition (every pair).
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
CREATE TABLE c (k STRING, z INT) WITH ('connector' = 'filesystem', 'path' = 'c.csv', 'format' = 'csv');
SELECT * FROM a NATURAL JOIN (SELECT y FROM b) AS t;
