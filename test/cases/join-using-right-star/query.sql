-- SELECT * over a RIGHT JOIN ... USING (k): the common column is the right side's (c for the row only b has).
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT * FROM a RIGHT JOIN b USING (k);
