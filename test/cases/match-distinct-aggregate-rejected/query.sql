-- MATCH_RECOGNIZE: COUNT(DISTINCT ...) over a variable is rejected
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES COUNT(DISTINCT B.v) AS d PATTERN (A B{3}) DEFINE B AS B.v > 2) AS m;
