-- TIMESTAMPADD with a column where the unit goes: Flink 2.3.0's validator says "'id' is not a valid time frame".
CREATE TABLE t (id INT, b BOOLEAN, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = 'input.csv', 'format' = 'csv');
SELECT TIMESTAMPADD(id, 1, ts) AS x FROM t;
