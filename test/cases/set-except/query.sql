-- EXCEPT (distinct): the rows of a that b does not have, once each; a row b brings later is retracted.
CREATE TABLE a (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'a.csv', 'format' = 'csv');
CREATE TABLE b (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'b.csv', 'format' = 'csv');
SELECT k, v FROM a EXCEPT SELECT k, v FROM b;
