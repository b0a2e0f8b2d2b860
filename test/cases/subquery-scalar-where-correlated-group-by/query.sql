-- A correlated scalar subquery in the WHERE of a GROUP BY query: an inner join on k with the subquery's per-key MIN below the aggregation.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, SUM(v) AS s FROM orders AS o WHERE v >= (SELECT MIN(w) FROM dims AS d WHERE d.k = o.k) GROUP BY k;
