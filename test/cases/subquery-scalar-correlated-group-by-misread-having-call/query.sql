-- A correlated subquery in the SELECT list of a GROUP BY k with HAVING: o.v (column 2 of orders) reads the aggregation's third column, the HAVING's SUM(id) after the SELECT list's MAX(v); the HAVING filters below the LEFT JOIN on it. Final table only: Flink 2.3.0 read dims before orders in a fresh-clone CI run (the gate between sources did not hold for this family of plans), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, MAX(v) AS x, (SELECT COUNT(*) FROM dims d WHERE d.w = o.v) AS c FROM orders o GROUP BY k HAVING SUM(id) > 2;
