-- A correlated subquery in the SELECT list of a global aggregation: o.id (column 0 of orders) reads the aggregation's first column, MAX(k), so the LEFT JOIN is on MAX(k) = d.k and follows MAX(k)'s updates. Final table only: Flink 2.3.0 read dims before orders in a fresh-clone CI run (the gate between sources did not hold for this family of plans), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT MAX(k) AS mk, COUNT(*) AS n, (SELECT SUM(w) FROM dims d WHERE d.k = o.id) AS s FROM orders o;
