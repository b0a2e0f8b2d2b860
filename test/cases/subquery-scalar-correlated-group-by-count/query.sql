-- A correlated COUNT(*) subquery in the SELECT list of a GROUP BY v, k (o.k column 1 of both rows): the LEFT JOIN on k, an empty group's NULL shown as 0.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT v, k, (SELECT COUNT(*) FROM dims d WHERE d.k = o.k) AS c FROM orders o GROUP BY v, k;
