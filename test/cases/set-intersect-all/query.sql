-- INTERSECT ALL: each row min(a's count, b's count) times; the counting aggregate's changes are replicated, so the first match arrives as a lone +U.
CREATE TABLE a (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT k, v FROM a INTERSECT ALL SELECT k, v FROM b;
