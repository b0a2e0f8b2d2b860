-- b.* and a.* over a FULL JOIN ... USING (k): a qualified star keeps its side's k.
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
CREATE TABLE c (k STRING, z INT) WITH ('connector' = 'filesystem', 'path' = 'c.csv', 'format' = 'csv');
SELECT b.*, a.* FROM a FULL JOIN b USING (k);
