-- MIN, MAX, COUNT(v) and an expression over MAX and MIN in a GROUP BY whose WHERE is an equality of an uncorrelated MAX subquery with a constant: aggregated first, then joined ON TRUE with the filtered MAX (AggregateJoinTransposeRule splits these calls).
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, MIN(v) AS a, MAX(v) AS b, COUNT(v) AS c, MAX(id) - MIN(id) AS d FROM orders WHERE (SELECT MAX(w) FROM dims) = 9 GROUP BY k;
