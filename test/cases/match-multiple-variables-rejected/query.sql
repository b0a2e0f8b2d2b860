-- MATCH_RECOGNIZE: LAST over columns of two pattern variables is rejected by Calcite's validator
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES LAST(A.v + B.v) AS s PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
