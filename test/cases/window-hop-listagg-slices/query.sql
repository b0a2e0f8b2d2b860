-- HOP aggregate without mini-batch: a window's LISTAGG lists its slices from the last back to the first (the slice-shared processor merges HoppingSlicesIterable's slices into a new accumulator).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SELECT window_start, window_end, k, COUNT(*) AS n, LISTAGG(CAST(id AS STRING)) AS l FROM TABLE(HOP(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) GROUP BY window_start, window_end, k;
