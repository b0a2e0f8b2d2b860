-- a mini-batch join over MATCH_RECOGNIZE: the Match asks for the rowtime MiniBatchAssigner, so every watermark it passes reaches the join, whose processWatermark1/2 finish the bundle: the matches found at 10:00:04 enter the join state in a bundle before the rest (a: 1-4 before 7-11 when dims arrive); the engine kept one bundle to the end of input (found probing around random seed 803's GROUP BY over a Match)
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '100';
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE dims (k STRING, name STRING) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');
SELECT m.k, m.aid, m.bid, d.name FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, B.id AS bid AFTER MATCH SKIP PAST LAST ROW PATTERN (A B) DEFINE B AS B.v > A.v) AS m JOIN dims d ON m.k = d.k;
