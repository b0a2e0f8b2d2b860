-- MATCH_RECOGNIZE: a DEFINE of a variable the pattern does not have is ignored (B, without DEFINE, takes any row)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, B.id AS bid PATTERN (A B) DEFINE X AS X.v > 100) AS m;
