-- MATCH_RECOGNIZE AFTER MATCH SKIP TO LAST B: the next match may start at the match's last B row
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, LAST(B.id) AS bid AFTER MATCH SKIP TO LAST B PATTERN (A B{2}) DEFINE B AS B.v > A.v) AS m;
