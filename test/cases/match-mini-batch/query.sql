-- MATCH_RECOGNIZE under mini-batch: Flink's rowtime MiniBatchAssigner (allow-latency 1 min) passes a watermark only when it crosses a minute boundary (09:59:55 first, then 10:00:04 after row 7), so row 8 is still late, and the matches found after row 7 wait for the end of input and come out in timer-heap order (c before a)
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '3';
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, B.id AS bid, MATCH_ROWTIME() AS t AFTER MATCH SKIP PAST LAST ROW PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
