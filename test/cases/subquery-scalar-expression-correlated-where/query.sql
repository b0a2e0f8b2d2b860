-- A correlated scalar subquery in WHERE whose value is an expression over an aggregate (SUM(w) - 3 per key): an inner join on k whose condition compares with it.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT o.id, o.v FROM orders AS o WHERE o.v > (SELECT SUM(w) - 3 FROM dims AS d WHERE d.k = o.k);
