-- a SELECT DISTINCT over a ROW_NUMBER Top-3 ordered by the rowtime column, under mini-batch: the Rank sorts on row time (StreamPhysicalRank.sortOnRowTime asks for watermarks), so Flink's MiniBatchAssigner is a rowtime one and the two-phase aggregation above closes its bundles on the watermarks it passes (the first, 10:00:00, after row 1: +I[b, 1] alone), not only every 2 rows behind a processing-time assigner (random seed 815 --mini-batch 2, template 69)
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
SELECT k, rn FROM (SELECT DISTINCT k, ROW_NUMBER() OVER (PARTITION BY MOD(id, 2) ORDER BY ts DESC) AS rn FROM orders) WHERE rn <= 3;
