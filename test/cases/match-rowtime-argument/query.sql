-- MATCH_RECOGNIZE MATCH_ROWTIME(ts) with the rowtime column as its argument is MATCH_ROWTIME()
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
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, MATCH_ROWTIME(ts) AS t PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
