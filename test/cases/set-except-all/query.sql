-- EXCEPT ALL: each row (a's count - b's count) times; each change of the count is replicated (-U twice, +U once, ...).
CREATE TABLE a (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT k, v FROM a EXCEPT ALL SELECT k, v FROM b;
