-- MATCH_RECOGNIZE PATTERN (^A B): Flink's Match ignores the ^ anchor (every A B matches)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid PATTERN (^A B) DEFINE B AS B.v > A.v) AS m;
