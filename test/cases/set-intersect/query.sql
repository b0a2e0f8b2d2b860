-- INTERSECT (distinct): the rows of a that b has too, once each; NULLs match NULLs.
CREATE TABLE a (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT k, v FROM a INTERSECT SELECT k, v FROM b;
