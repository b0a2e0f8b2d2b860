-- ORDER BY a time attribute under mini-batch: Flink puts a processing-time MiniBatchAssigner in front of the TemporalSort, which drops the source's watermarks (its own first one, the wall clock, comes before any row), so the sort waits for the end of input and row 9, behind the source's watermark, is not dropped but sorted in (without mini-batch it is late).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '0' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SELECT id, k, v, ts FROM orders ORDER BY ts, v DESC;
