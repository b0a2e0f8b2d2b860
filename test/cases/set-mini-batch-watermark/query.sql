-- Mini-batch over a source with a watermark: the aggregate's mini-batch assigner works in
-- processing time and drops the upstream watermarks, so the small input is one bundle: one +I per
-- key, in the order of Flink's HashMap of key rows (BinaryRowData hashes): b, a, c.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '1000';
SELECT k, COUNT(*) AS a0, MAX(v) AS a1, COUNT(DISTINCT v) AS a2, MAX(id) - MIN(id) AS a3 FROM orders GROUP BY k;
