-- A GROUP BY whose WHERE compares an uncorrelated COUNT(*) subquery with a constant (it reads no column of orders): Flink 2.3.0's AggregateJoinTransposeRule aggregates first and joins the result ON TRUE with the filtered COUNT, so each update of the COUNT retracts and re-sends every group as -U/+U (the join passes the right side's kinds).
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, COUNT(*) AS c, SUM(v) AS s FROM orders WHERE (SELECT COUNT(*) FROM dims) > 2 GROUP BY k;
