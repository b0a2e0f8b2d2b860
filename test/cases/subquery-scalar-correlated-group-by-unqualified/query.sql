-- A subquery correlated by an unqualified outer column (v is not a dims column): in a GROUP BY k it reads the aggregation's column 2 (v's index in orders), MIN(v). Final table only: Flink 2.3.0 read dims before orders in a fresh-clone CI run (the gate between sources did not hold for this family of plans), where the recording runs read orders first.
CREATE TABLE orders (id INT, k STRING, v INT, j STRING) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT k, MAX(v) AS x, MIN(v) AS y, (SELECT COUNT(w) FROM dims WHERE w = v) AS c FROM orders GROUP BY k;
