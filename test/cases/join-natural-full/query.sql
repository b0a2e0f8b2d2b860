-- NATURAL FULL JOIN: USING every column name both sides have (k here), with its common column as USING's.
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT * FROM a NATURAL FULL JOIN b;
