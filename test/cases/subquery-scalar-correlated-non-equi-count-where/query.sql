-- A WHERE comparison with a COUNT correlated by a comparison only (d.w < o.v): the value generator over the distinct v, an empty group's COUNT read as 0. Final table only: orders is scanned twice (the outer query and the value generator), and Flink 2.3.0 interleaves the two branches differently from run to run (a fresh-clone CI run printed another order than the three recording runs).
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT o.id, o.v FROM orders AS o WHERE o.v > (SELECT COUNT(*) FROM dims AS d WHERE d.w < o.v);
