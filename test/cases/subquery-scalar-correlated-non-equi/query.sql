-- A correlated scalar subquery whose conditions on the outer query are an equality and a comparison (d.w < o.v): Calcite's value generator, the distinct (k, v) of orders joined with dims on both conditions, grouped by them, then the LEFT JOIN back on k and v.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT o.id, (SELECT MAX(d.w) FROM dims AS d WHERE d.k = o.k AND d.w < o.v) AS m FROM orders AS o;
