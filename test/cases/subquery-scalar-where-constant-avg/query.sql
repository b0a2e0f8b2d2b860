-- AVG in a GROUP BY whose WHERE compares an uncorrelated subquery with a constant: AVG is not a call AggregateJoinTransposeRule splits, so the join ON TRUE stays below the aggregation (AVG_RETRACT over its -U/+U).
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, AVG(v) AS a FROM orders WHERE (SELECT COUNT(*) FROM dims) > 2 GROUP BY k;
