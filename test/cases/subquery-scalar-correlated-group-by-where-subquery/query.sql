-- An uncorrelated subquery in WHERE (v > MIN(w)) and a correlated one in the SELECT list of a GROUP BY k, j: WHERE's join below the aggregation, and o.k (column 1 of orders) reads the aggregation's j. Final table only: dims is scanned twice and the scans' interleaving is not replayed.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, j, (SELECT AVG(w) FROM dims d WHERE d.k = o.k) AS m FROM orders o WHERE o.v > (SELECT MIN(w) FROM dims) GROUP BY k, j;
