-- A correlated subquery whose value is an expression over MAX (MAX(w) + 1) in the SELECT list of a GROUP BY id, k: the expression over the joined MAX, NULL without a dims row of the key. Final table only: Flink 2.3.0 read dims before orders in a fresh-clone CI run (the gate between sources did not hold for this family of plans), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, k, (SELECT MAX(w) + 1 FROM dims d WHERE d.k = o.k) AS m FROM orders o GROUP BY id, k;
