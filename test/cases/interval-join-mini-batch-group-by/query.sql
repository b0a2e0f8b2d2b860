-- a GROUP BY over an interval join under mini-batch: the interval join asks for watermarks, so Flink's MiniBatchAssigner is a rowtime one on each input; the first watermark pays brings (10:00:18, the first crossing) closes the aggregation's bundle after (a, 1), the next two join rows share one (+U[a, 3, 3]); the engine flushed by size and end only, and after the Rank fix on every source watermark (the join's inputs were not behind the gate). From random seed 801 --mini-batch 2's case 102 (template 17) with a GROUP BY added
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
SET 'table.exec.mini-batch.size' = '2';
SELECT o.k, COUNT(*) AS n, MAX(p.pid) AS mp FROM orders AS o, pays AS p WHERE o.k = p.k AND p.ts BETWEEN o.ts - INTERVAL '20' SECOND AND o.ts + INTERVAL '30' SECOND GROUP BY o.k;
