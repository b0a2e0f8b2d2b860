-- SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE' under mini-batch: one GroupAggregate whose bundle of 2 rows emits each key's change (set-mini-batch-small-size has the same rows in two phases: c and b come out in another order).
SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SET 'table.optimizer.agg-phase-strategy' = 'ONE_PHASE';
CREATE TABLE orders (
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

SELECT k, COUNT(*) AS n, SUM(v) AS s, MAX(v) AS m FROM orders GROUP BY k;
