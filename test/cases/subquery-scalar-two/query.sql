-- Two scalar subqueries, one in WHERE and one in the SELECT list, with SELECT *.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT *, (SELECT COUNT(w) FROM dims AS d WHERE d.k = o.k) AS n FROM orders AS o WHERE o.id < (SELECT COUNT(*) FROM dims);
