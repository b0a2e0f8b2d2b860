-- HAVING compared with an uncorrelated scalar subquery whose value is an expression (MIN(w) + 3): the GROUP BY's result joins a global SINGLE_VALUE aggregate over the projection. Final table only: the fresh-clone CI of 8b46fbb got Flink 2.3.0 reading dims before orders (each update of the subquery's value then reaches the join first), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, SUM(v) AS s FROM orders GROUP BY k HAVING SUM(v) > (SELECT MIN(w) + 3 FROM dims);
