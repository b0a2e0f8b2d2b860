-- MATCH_RECOGNIZE AFTER MATCH SKIP TO B (without FIRST or LAST) skips to the last B row, as SKIP TO LAST B
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, LAST(B.id) AS bid AFTER MATCH SKIP TO B PATTERN (A B{2}) DEFINE B AS B.v > A.v) AS m;
