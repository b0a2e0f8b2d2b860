-- GROUP BY the common column of a FULL JOIN ... USING (k): the COALESCE of both sides' keys.
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
CREATE TABLE c (k STRING, z INT) WITH ('connector' = 'filesystem', 'path' = 'c.csv', 'format' = 'csv');
SELECT k, COUNT(*) AS n, SUM(x) AS sx FROM a FULL JOIN b USING (k) GROUP BY k;
