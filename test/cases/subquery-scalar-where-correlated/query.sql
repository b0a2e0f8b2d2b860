-- A WHERE comparison with a correlated AVG subquery: an inner join on k whose condition holds the comparison.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT o.id, o.v FROM orders AS o WHERE o.v > (SELECT AVG(w) FROM dims AS d WHERE d.k = o.k);
