-- FIRST_VALUE in a HOP window aggregate: the slices of a hopping window are merged, and FirstValueAggFunction has no merge method, so Flink's code generation rejects the query (TUMBLE runs it; CUMULATE and SESSION also merge).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv');

SELECT window_start, window_end, k, FIRST_VALUE(v) AS f FROM TABLE(HOP(TABLE orders, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '15' SECOND)) GROUP BY window_start, window_end, k;
