-- MATCH_RECOGNIZE greedy B{1,3}, then a reluctant C{0,2}? and D; SKIP TO NEXT ROW
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, FIRST(B.id) AS fb, LAST(B.id) AS lb, COUNT(C.id) AS nc, D.id AS did AFTER MATCH SKIP TO NEXT ROW PATTERN (A B{1,3} C{0,2}? D) DEFINE B AS B.v > 2, C AS C.v > 6, D AS D.v < 8) AS m;
