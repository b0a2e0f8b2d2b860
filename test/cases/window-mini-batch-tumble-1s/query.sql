-- The same TUMBLE aggregate with 1 s latency and bundles of 1000: the rowtime MiniBatchAssigner lets nearly every watermark through (whole-second timestamps), so rows 5 and 7 are late and dropped as without mini-batch.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 s';
SET 'table.exec.mini-batch.size' = '1000';
SELECT window_start, window_end, k, COUNT(*) AS n, SUM(v) AS s, LISTAGG(CAST(id AS STRING)) AS l FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, k;
