-- A GROUP BY on an expression with a scalar subquery in an item's expression and HAVING on an aggregate the items do not show.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT UPPER(k) AS uk, MAX(v) - (SELECT MIN(w) FROM dims) AS d FROM orders WHERE id > 1 GROUP BY UPPER(k) HAVING COUNT(*) < (SELECT COUNT(*) FROM dims);
