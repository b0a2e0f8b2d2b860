-- A constant WHERE comparison with an uncorrelated subquery beside a filter on orders, in a GROUP BY with HAVING: the filter below the aggregation, the HAVING below the join ON TRUE with the subquery's filtered COUNT (AggregateJoinTransposeRule).
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, COUNT(*) AS c FROM orders WHERE (SELECT COUNT(*) FROM dims) > 3 AND v > 1 GROUP BY k HAVING COUNT(*) > 1;
