-- A correlated subquery in the SELECT list of a GROUP BY j, correlated on o.j: Flink 2.3.0 reads the aggregation's column at o.j's index in orders (3), MIN(k), not j (Calcite's correlation over the aggregate), so the LEFT JOIN is on MIN(k) and follows its updates.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT j, COUNT(*) AS n, SUM(v) AS s, MIN(k) AS mk, (SELECT MAX(w) FROM dims d WHERE d.k = o.j) AS m FROM orders o GROUP BY j;
