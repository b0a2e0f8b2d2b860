-- HOP TVF with a size (30 s) that is no multiple of the slide (20 s): each row gets the windows from
-- the last start down by slide while they cover it (Flink's HoppingWindowAssigner), latest first.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT * FROM TABLE(HOP(TABLE orders, DESCRIPTOR(ts), INTERVAL '20' SECOND, INTERVAL '30' SECOND));
