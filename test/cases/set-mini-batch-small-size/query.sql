-- SET mini-batch with a bundle of 2 rows: Flink 2.3.0 aggregates in two phases (LocalGroupAggregate folds every 2 input rows into one partial row per key, GlobalGroupAggregate merges every 2 partial rows), so a key is re-emitted less often than once per 2 input rows.
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
CREATE TABLE orders (
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

SELECT k, COUNT(*) AS n, SUM(v) AS s, MAX(v) AS m FROM orders GROUP BY k;
