-- An uncorrelated scalar subquery in the WHERE of a GROUP BY query: the rows join the subquery's global aggregate below the aggregation; each change of the average retracts and re-adds the joined rows, and a group whose count falls to 0 is deleted.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, COUNT(*) AS c FROM orders WHERE v > (SELECT AVG(w) FROM dims) GROUP BY k;
