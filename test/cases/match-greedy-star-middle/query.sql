-- MATCH_RECOGNIZE greedy B* in the middle: C takes a row only when B cannot (row 8 satisfies both and stays in B)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, COUNT(B.id) AS nb, C.id AS cid AFTER MATCH SKIP PAST LAST ROW PATTERN (A B* C) DEFINE A AS A.v < 5, B AS B.v > 2 AND B.v < 9, C AS C.v > 5) AS m;
