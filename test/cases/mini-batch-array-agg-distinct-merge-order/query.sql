-- Two-phase mini-batch ARRAY_AGG(DISTINCT v): the local bundle's distinct values join the global accumulator in the order of its MapView's HashMap (b saw 1, 9, 0 and gets [0, 1, 9]); then UNNEST. From random seed 302 (template 32).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '3';
SELECT s.k, t.x FROM (SELECT k, ARRAY_AGG(DISTINCT v) AS xs FROM orders GROUP BY k) AS s CROSS JOIN UNNEST(s.xs) AS t(x);
