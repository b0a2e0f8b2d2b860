-- MATCH_RECOGNIZE: a measure naming a variable the pattern does not have is Calcite's 'Table not found'
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES X.id AS xid PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
