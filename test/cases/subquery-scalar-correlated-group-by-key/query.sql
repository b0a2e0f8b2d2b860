-- A correlated MAX subquery in the SELECT list of a GROUP BY id, k: the aggregation first, then a LEFT JOIN with dims grouped by k on the aggregation's k (o.k is column 1 of orders and of the aggregation's row, so Flink 2.3.0's misread correlation, see subquery-scalar-correlated-group-by-misread, reads the right column).
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, k, SUM(v) AS s, (SELECT MAX(w) FROM dims d WHERE d.k = o.k) AS m FROM orders o GROUP BY id, k;
