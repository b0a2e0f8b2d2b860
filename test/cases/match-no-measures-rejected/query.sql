-- MATCH_RECOGNIZE without MEASURES is rejected by Flink 2.3.0 (with an empty set of ambiguous columns)
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
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
