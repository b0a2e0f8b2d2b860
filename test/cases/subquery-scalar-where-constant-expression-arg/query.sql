-- SUM(v + 1) in a GROUP BY whose WHERE compares an uncorrelated subquery with a constant: the projection of v + 1 between the aggregation and the join keeps AggregateJoinTransposeRule away, so the join ON TRUE stays below the aggregation.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, SUM(v + 1) AS s FROM orders WHERE (SELECT COUNT(*) FROM dims) > 2 GROUP BY k;
