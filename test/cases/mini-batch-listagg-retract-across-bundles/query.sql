-- Two-phase mini-batch aggregation over an updating input: a bundle may retract a value the group's state holds (the inner count 1 -> 2 of key x); Flink's ARRAY_AGG / LISTAGG keep such a retraction in the accumulator's retract list and apply it when the bundle merges into the state, so each key's old count leaves the list.
CREATE TABLE t (id INT, g STRING, k STRING) WITH ('connector' = 'filesystem', 'path' = 't.csv', 'format' = 'csv');
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SELECT g, ARRAY_AGG(n) AS ns, LISTAGG(k) AS ks FROM (SELECT g, k, COUNT(*) AS n FROM t GROUP BY g, k) GROUP BY g;
