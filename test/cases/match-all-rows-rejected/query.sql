-- MATCH_RECOGNIZE ALL ROWS PER MATCH is rejected by Flink 2.3.0
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid ALL ROWS PER MATCH PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
