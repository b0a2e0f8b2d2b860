-- ARRAY(v) with parentheses and no query parses in Flink 2.3.0, and its validator finds no function ARRAY(<NUMERIC>) (only ARRAY[...] and ARRAY(query) construct an array).
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'input.csv', 'format' = 'csv');
SELECT k, ARRAY(v) AS a FROM t;
