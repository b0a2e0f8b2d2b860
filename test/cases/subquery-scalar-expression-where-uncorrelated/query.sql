-- An uncorrelated scalar subquery in WHERE whose value is an expression over an aggregate (AVG(w) * 2): a global SINGLE_VALUE aggregate over the projection, then the inner join on the comparison.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, v FROM orders WHERE v > (SELECT AVG(w) * 2 FROM dims);
