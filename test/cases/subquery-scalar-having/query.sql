-- HAVING compared with an uncorrelated scalar subquery: an inner join of the GROUP BY with the subquery's aggregate on the comparison.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, SUM(v) AS s FROM orders GROUP BY k HAVING SUM(v) > (SELECT AVG(w) FROM dims) + 1;
