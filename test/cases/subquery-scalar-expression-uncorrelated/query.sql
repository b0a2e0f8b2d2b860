-- An uncorrelated scalar subquery whose value is an expression over two aggregate calls: the global aggregate computes both, the expression is evaluated over them, and the LEFT JOIN ON TRUE updates every row when it changes.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, v, (SELECT MAX(w) - MIN(w) + 1 FROM dims) AS spread FROM orders;
