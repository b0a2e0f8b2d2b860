-- Window deduplication (last row per key and window) under mini-batch (1 min latency): one WindowDeduplicate behind the rowtime MiniBatchAssigner; the late rows 5 and 7 still arrive in time, and row 5 replaces row 1 as the last row of a in the first window.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SELECT window_start, window_end, k, id, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end, k ORDER BY ts DESC) AS rn FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND))) WHERE rn = 1;
