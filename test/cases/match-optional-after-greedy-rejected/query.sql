-- MATCH_RECOGNIZE: B* after a greedy A+ fails in flink-cep's Pattern API (MalformedPatternException)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES LAST(A.id) AS aid PATTERN (A+ B* C) DEFINE A AS A.v > 3, C AS C.v < 3) AS m;
