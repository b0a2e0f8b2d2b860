-- OVER RANGE 10 s per key: the cleanup timer of a's first row (10:00:17.001) fires and moves a's lastTriggeringTs, so row 5 (10:00:16) is late though a has processed nothing after 10:00:02 (found by random.mjs).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT id, k, MAX(v) OVER (PARTITION BY k ORDER BY ts RANGE BETWEEN INTERVAL '10' SECOND PRECEDING AND CURRENT ROW) AS o FROM orders;
