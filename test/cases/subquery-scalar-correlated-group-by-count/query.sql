-- A correlated COUNT(*) subquery in the SELECT list of a GROUP BY v, k (o.k column 1 of both rows): the LEFT JOIN on k, an empty group's NULL shown as 0. Final table only: Flink 2.3.0 read dims before orders in a fresh-clone CI run (the gate between sources did not hold for this family of plans), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT v, k, (SELECT COUNT(*) FROM dims d WHERE d.k = o.k) AS c FROM orders o GROUP BY v, k;
