-- An uncorrelated scalar subquery in the SELECT list: a LEFT JOIN ON TRUE with the global aggregate, every row updated as it changes.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, k, v, (SELECT MAX(w) FROM dims) AS m FROM orders;
