-- SESSION window: a row behind the watermark is late only if the session it merges into has fired.
-- Row 9 (c, 10:01:01) arrives after the watermark passed 10:01:07 but touches c's open session
-- [10:01:06, 10:01:13): it extends it to [10:01:01, 10:01:13) (4 rows). Row 8 (10:00:45) is late.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT window_start, window_end, k, COUNT(*) AS n FROM TABLE(SESSION(TABLE orders PARTITION BY k, DESCRIPTOR(ts), INTERVAL '5' SECOND)) GROUP BY window_start, window_end, k;
