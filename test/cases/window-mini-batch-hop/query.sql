-- HOP aggregate under mini-batch (10 s latency): two phases behind the rowtime MiniBatchAssigner; a window merges its slices from the last back to the first (HoppingSlicesIterable), so LISTAGG lists later slices first.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '10 s';
SET 'table.exec.mini-batch.size' = '2';
SELECT window_start, window_end, k, COUNT(*) AS n, SUM(v) AS s, LISTAGG(CAST(id AS STRING)) AS l FROM TABLE(HOP(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) GROUP BY window_start, window_end, k;
