-- Keep-first deduplication on rowtime under mini-batch (RowTimeMiniBatchDeduplicateFunction): rows wait per key until 5 have come, a watermark crosses the end of a 1-minute interval (the rowtime mini-batch assigner) or input ends; then key by key in the bundle's HashMap order, so b's first row comes out before c's although c's arrived first.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '5';
SELECT id, k, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts ASC) AS rn FROM orders) WHERE rn = 1;
