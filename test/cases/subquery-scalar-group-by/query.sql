-- An uncorrelated scalar subquery in the SELECT list of a GROUP BY: the aggregation first, then a LEFT JOIN ON TRUE with the subquery's global aggregate.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, COUNT(*) AS c, (SELECT MAX(w) FROM dims) AS m FROM orders GROUP BY k;
