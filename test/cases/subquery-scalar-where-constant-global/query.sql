-- A global aggregation whose WHERE compares an uncorrelated subquery with a constant: the aggregation first, then the join ON TRUE with the filtered COUNT (AggregateJoinTransposeRule).
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT COUNT(*) AS c, SUM(v) AS s FROM orders WHERE (SELECT COUNT(*) FROM dims) > 2;
