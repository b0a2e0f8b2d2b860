-- SELECT * over a LEFT JOIN ... USING (k): the common column is the left side's.
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT * FROM a LEFT JOIN b USING (k);
