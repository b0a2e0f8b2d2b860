-- HAVING compared with a correlated MAX subquery (GROUP BY id, k, correlated on o.k, column 1 of both rows): an inner join of the aggregation with dims grouped by k on k and the comparison. Final table only: Flink 2.3.0 read dims before orders in a fresh-clone CI run (the gate between sources did not hold for this family of plans), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, k, SUM(v) AS s FROM orders o GROUP BY id, k HAVING SUM(v) > (SELECT MAX(w) FROM dims d WHERE d.k = o.k);
