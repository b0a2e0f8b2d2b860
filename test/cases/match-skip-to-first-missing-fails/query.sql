-- MATCH_RECOGNIZE AFTER MATCH SKIP TO FIRST B when the match starts with B (A? absent) fails the job: it cannot skip to the first row of a match
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, FIRST(B.id) AS fb, COUNT(B.id) AS nb, C.id AS cid AFTER MATCH SKIP TO FIRST B PATTERN (A? B{2,} C) DEFINE A AS A.v > 6, B AS B.v > 2, C AS C.v < 3) AS m;
