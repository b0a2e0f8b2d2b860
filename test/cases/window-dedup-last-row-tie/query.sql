-- Window deduplication keeping the last row (ORDER BY ts DESC): of two rows with the same time
-- (ids 5 and 6 of c) the later arrival is kept. Several keys fire on one watermark: final table only.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT window_start, window_end, k, id, v FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end, k ORDER BY ts DESC) AS rn FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(ts), INTERVAL '30' SECOND))) WHERE rn = 1;
