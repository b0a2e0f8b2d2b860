-- A window aggregation over another under mini-batch (1 min latency): both in two phases, one rowtime MiniBatchAssigner at the bottom; the outer LocalWindowAggregate takes the inner one's rows by their window.
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
SELECT window_start, window_end, COUNT(*) AS keys, SUM(n) AS total, LISTAGG(k) AS ks FROM (SELECT window_start, window_end, window_time, k, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, window_time, k) GROUP BY window_start, window_end;
