-- TUMBLE aggregate under mini-batch (1 min latency, bundles of 2): LocalWindowAggregate + GlobalWindowAggregate behind a rowtime MiniBatchAssigner, which passes a watermark only past each minute's end; rows 5 and 7 arrive behind the source's watermark but before the held one, so they still count (without mini-batch both are late and dropped); the bundle size plays no part.
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
SELECT window_start, window_end, k, COUNT(*) AS n, SUM(v) AS s, LISTAGG(CAST(id AS STRING)) AS l FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, k;
