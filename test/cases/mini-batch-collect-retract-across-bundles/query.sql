-- COLLECT in a two-phase mini-batch aggregation over an updating input: a bundle's retraction of a value only the state holds counts -1, the merge adds the counts and keeps an entry that reaches 0, which Flink 2.3.0 prints ({1=0, 2=1, 3=1}).
CREATE TABLE t (id INT, g STRING, k STRING) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SELECT g, COLLECT(n) AS c FROM (SELECT g, k, COUNT(*) AS n FROM t GROUP BY g, k) GROUP BY g;
