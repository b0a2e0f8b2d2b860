-- Event-time first-row deduplication (ORDER BY ts ASC, rn = 1) is insert-only in Flink 2.3: the first
-- row of a key waits for the watermark and is emitted then; b's row, behind the watermark, is dropped.
-- (RowTimeDeduplicateKeepFirstRowFunction; a and c share a timestamp and fire in arrival order.)
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SELECT id, k, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts ASC) AS rn FROM orders) WHERE rn = 1;
