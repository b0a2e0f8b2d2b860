-- A correlated COUNT(*) subquery in the SELECT list: a LEFT JOIN with dims grouped by k (a NULL k left out), its NULL shown as 0.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT o.id, o.k, (SELECT COUNT(*) FROM dims AS d WHERE d.k = o.k) AS n FROM orders AS o;
