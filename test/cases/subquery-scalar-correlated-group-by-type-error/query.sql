-- A correlated subquery in the SELECT list of a GROUP BY k: o.k (column 1 of orders) reads the aggregation's SUM(v), and Flink 2.3.0 fails on the join's INTEGER = VARCHAR condition.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, SUM(v) AS s, (SELECT MAX(w) FROM dims d WHERE d.k = o.k) AS m FROM orders o GROUP BY k;
