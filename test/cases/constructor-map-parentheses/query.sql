-- MAP(k, v) with parentheses and no query: "No match found for function signature MAP(<CHARACTER>, <NUMERIC>)" in Flink 2.3.0 (MAP[k, v] is the value constructor).
CREATE TABLE t (k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'input.csv', 'format' = 'csv');
SELECT MAP(k, v) AS m FROM t;
