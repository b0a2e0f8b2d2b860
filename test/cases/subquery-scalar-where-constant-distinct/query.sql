-- SELECT DISTINCT whose WHERE compares an uncorrelated COUNT subquery with a constant: an aggregation for Calcite, so the join ON TRUE moves above it as above a GROUP BY (AggregateJoinTransposeRule): each update of the COUNT sends every key again as -U/+U.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT DISTINCT k FROM orders WHERE (SELECT COUNT(*) FROM dims) > 2;
