-- SELECT * over JOIN ... USING (k): the common column once, first, then the other columns of each side (Calcite's validator); the engine printed both sides' k before.
CREATE TABLE a (k STRING, x INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, y INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT * FROM a JOIN b USING (k);
