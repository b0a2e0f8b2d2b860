-- a GROUP BY over MATCH_RECOGNIZE under mini-batch: the Match asks for Flink's rowtime MiniBatchAssigner (MiniBatchIntervalInferRule), so the aggregation above closes a bundle on each watermark that assigner passes (and every 2 rows), not only at the end of input as behind the processing-time assigner (random seed 803 --mini-batch 2, template 44; the engine closed them at the end and every 2 rows: +I[4, 12] first)
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
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
SELECT COUNT(*) AS cnt, MAX(bid) AS mx FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, B.id AS bid AFTER MATCH SKIP PAST LAST ROW PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
