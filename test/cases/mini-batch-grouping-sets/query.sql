-- GROUPING SETS under mini-batch: the Expand's rows carry Flink's expand id $e (a bit per key outside the set: ROLLUP (k, v) gives 0, 1, 3), which is part of the aggregation key and so of a bundle's HashMap order.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SELECT k, v, COUNT(*) AS n FROM orders WHERE v IS NOT NULL GROUP BY GROUPING SETS ((k), (v), ());
