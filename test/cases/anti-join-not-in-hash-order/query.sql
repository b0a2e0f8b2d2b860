-- NOT IN (null-aware anti join): each dims row that matches deletes the orders rows of its key, in the order of Flink's left state (a java.util.HashMap keyed by the record [k, v], id and ts pruned below the join), not in arrival order (found by random.mjs --exact, seed 105).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '0' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE dims (
  k STRING,
  w INT
) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');

SELECT o.k, o.v FROM orders AS o WHERE o.k NOT IN (SELECT k FROM dims WHERE w > 0);
