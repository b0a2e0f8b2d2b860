-- MATCH_RECOGNIZE: MATCH_ROWTIME() in DEFINE is the timestamp of the row being tested; COUNT(*) in DEFINE counts the match's rows with it
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid, LAST(B.id) AS bid, C.id AS cid PATTERN (A B+? C) DEFINE B AS MATCH_ROWTIME() < A.ts + INTERVAL '3' SECOND AND COUNT(*) < 4, C AS C.v > 4) AS m;
