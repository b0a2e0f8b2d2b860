-- A WHERE under a DENSE_RANK over a non-time column: the filter drops the row with a NULL v before the OVER aggregation ranks (the engine lost the WHERE of every query with OVER before; random seed 614).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT id, k, v, DENSE_RANK() OVER (PARTITION BY k ORDER BY v) AS o FROM orders WHERE v IS NOT NULL;
