-- MATCH_RECOGNIZE DEFINE: FIRST(B.v) in B's own condition reads B's first row (the current one when it is the first), and LAST(A.v + 1) a navigation over an expression
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, LAST(B.id) AS bid, C.id AS cid PATTERN (A B+? C) DEFINE A AS A.v < 8, B AS B.v >= FIRST(B.v) AND B.v > LAST(A.v + 1) - 5, C AS C.v < 3) AS m;
