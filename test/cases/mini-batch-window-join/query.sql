-- A window join under mini-batch: Flink puts a rowtime MiniBatchAssigner on each input (below the window TVF), so windows close only on the watermarks it passes.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE pays (
  pid INT,
  k STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '2' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'pays.csv', 'format' = 'csv');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '3';
SELECT L.k, L.id, R.pid FROM (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '30' SECOND))) AS L LEFT JOIN (SELECT * FROM TABLE(TUMBLE(TABLE pays, DESCRIPTOR(ts), INTERVAL '30' SECOND))) AS R ON L.k = R.k AND L.window_start = R.window_start AND L.window_end = R.window_end;
