-- An outer WHERE over a derived table of an inner join: Flink 2.3.0 pushes v IS NOT NULL below the join, so the join's state for key a holds 12 records (a HashMap of 16 buckets), not 16 (32 buckets): the order in which the dims row meets them follows.
CREATE TABLE orders (id INT, k STRING, v INT) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE dims (k STRING, w INT) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT id, v, w FROM (SELECT o.id AS id, o.v AS v, d.w AS w FROM orders AS o JOIN dims AS d ON o.k = d.k) AS s WHERE v IS NOT NULL;
