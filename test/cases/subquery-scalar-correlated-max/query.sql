-- A correlated MAX subquery with a condition of its own: NULL until a dims row of the key with w > 0 arrives, then updates.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, (SELECT MAX(w) FROM dims WHERE dims.k = orders.k AND w > 0) AS m, v FROM orders;
