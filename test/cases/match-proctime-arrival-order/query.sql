-- MATCH_RECOGNIZE ordered by a processing-time attribute: rows go through the pattern as they arrive (no watermark wait)
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  pt AS PROCTIME()
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY pt MEASURES A.id AS aid, B.id AS bid, LAST(C.id) AS cid, COUNT(C.id) AS nc AFTER MATCH SKIP PAST LAST ROW PATTERN (A B C+?) DEFINE B AS B.v > A.v, C AS C.v < B.v) AS m;
