-- TRIM() parses in Flink 2.3.0; its validator fails with a NullPointerException on the missing operand.
CREATE TABLE t (id INT, b BOOLEAN, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = 'input.csv', 'format' = 'csv');
SELECT id, TRIM() AS x FROM t;
