-- SELECT * over a FULL JOIN ... USING (k): the common column is COALESCE of both sides' (a for the left's row, c for the right's).
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT * FROM a FULL JOIN b USING (k);
