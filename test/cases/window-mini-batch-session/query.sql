-- SESSION aggregate under mini-batch (1 min latency): one phase (WindowAggregate) behind the rowtime MiniBatchAssigner; merged sessions keep the state of the first session in the merge's HashSet of windows, the others' accumulators are merged into it, then the row (LISTAGG order); row 7 joins two sessions behind the source watermark, before the held one.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '1000';
SELECT window_start, window_end, k, COUNT(*) AS n, SUM(v) AS s, LISTAGG(CAST(id AS STRING)) AS l FROM TABLE(SESSION(TABLE orders PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' SECOND)) GROUP BY window_start, window_end, k;
