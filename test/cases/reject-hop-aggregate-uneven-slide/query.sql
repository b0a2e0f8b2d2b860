-- A HOP window aggregate needs a size that is a multiple of the slide (the bare TVF does not).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT window_start, window_end, COUNT(*) AS n, MAX(v) AS m FROM TABLE(HOP(TABLE orders, DESCRIPTOR(ts), INTERVAL '20' SECOND, INTERVAL '30' SECOND)) GROUP BY window_start, window_end;
