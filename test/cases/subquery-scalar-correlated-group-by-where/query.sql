-- A correlated subquery written outer = inner (o.k = d.k) in the SELECT list of a GROUP BY id, k whose WHERE filters orders: the filter below the aggregation, the LEFT JOIN on k above it. Final table only: Flink 2.3.0 read dims before orders in a fresh-clone CI run (the gate between sources did not hold for this family of plans), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, k, SUM(v) AS s, (SELECT MAX(w) FROM dims d WHERE o.k = d.k) AS m FROM orders o WHERE v > 1 GROUP BY id, k;
