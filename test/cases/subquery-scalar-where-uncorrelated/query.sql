-- A WHERE comparison with an uncorrelated subquery: an inner join whose condition is the comparison, rows retracted as SUM grows.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, v FROM orders WHERE v * 2 > (SELECT SUM(w) FROM dims) AND k <> 'c';
