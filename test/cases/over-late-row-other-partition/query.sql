-- OVER over rowtime: a row behind the watermark is late only if its own partition fired past it.
-- Row 5 (b, 10:00:03) arrives after the watermark passed 10:00:10, but partition b has fired
-- nothing yet (Flink keeps lastTriggeringTs per key): it is kept and fires at the next watermark.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SELECT id, k, MAX(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS o FROM orders;
