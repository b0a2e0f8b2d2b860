-- Two correlated subqueries in the SELECT list of a GROUP BY id, k with HAVING: two LEFT JOINs on k (column 1 of both rows), one after the other. Final table only: dims is scanned twice and Flink 2.3.0 interleaves the scans differently from run to run.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, k, (SELECT MAX(w) FROM dims d WHERE d.k = o.k) AS m, (SELECT MIN(w) FROM dims e WHERE e.k = o.k) AS n FROM orders o GROUP BY id, k HAVING COUNT(*) > 0;
