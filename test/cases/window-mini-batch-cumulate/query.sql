-- CUMULATE aggregate under mini-batch (1 min latency): each fired step is appended to the window's first slice state, so a late row of an earlier step comes before the rows of later steps in LISTAGG; the held watermark keeps rows 5 and 7.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SET 'table.exec.mini-batch.enabled' = 'true';
SET 'table.exec.mini-batch.allow-latency' = '1 min';
SET 'table.exec.mini-batch.size' = '2';
SELECT window_start, window_end, k, COUNT(*) AS n, SUM(v) AS s, LISTAGG(CAST(id AS STRING)) AS l FROM TABLE(CUMULATE(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '20' SECOND)) GROUP BY window_start, window_end, k;
