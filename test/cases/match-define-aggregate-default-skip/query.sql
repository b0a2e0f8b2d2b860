-- MATCH_RECOGNIZE: an aggregate in DEFINE runs over the variable's rows with the current one; without AFTER MATCH the default is SKIP TO NEXT ROW (matches overlap)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES FIRST(B.id) AS f, LAST(B.id) AS l PATTERN (A B+? C) DEFINE B AS SUM(B.v) < 15, C AS C.v > 5) AS m;
