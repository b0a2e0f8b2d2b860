-- TUMBLE aggregate with FIRST_VALUE under mini-batch: FIRST_VALUE cannot merge, so one WindowAggregate behind the rowtime MiniBatchAssigner (also with agg-phase-strategy ONE_PHASE); the held watermark keeps the late rows 5 and 7.
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
SELECT window_start, window_end, k, COUNT(*) AS n, FIRST_VALUE(v) AS f, LAST_VALUE(id) AS l FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, k;
