-- A GROUP BY over a window aggregation under mini-batch (1 s latency, bundles of 1000): the plan's mini-batch assigner works in event time (MiniBatchAssigner mode=[RowTime] under the LocalWindowAggregate, none of its own for the GROUP BY), so the Local/GlobalGroupAggregate bundles close on every watermark it passes and each fired window updates the counts (with a processing-time assigner the bundle would close at the end only).
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
SELECT k, SUM(n) AS t, COUNT(*) AS w FROM (SELECT window_start, window_end, k, COUNT(*) AS n FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, k) GROUP BY k;
