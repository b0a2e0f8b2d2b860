-- MATCH_RECOGNIZE WITHIN: a partial match whose first row is 3 s or more before the row being processed is dropped before that row is
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
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, C.id AS cid ONE ROW PER MATCH PATTERN (A B*? C) WITHIN INTERVAL '3' SECOND DEFINE A AS A.v > 4, C AS C.v < 3) AS m;
