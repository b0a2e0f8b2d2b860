-- MATCH_RECOGNIZE ORDER BY ts, id DESC: rows of one timestamp go through the pattern in the order of the further keys
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts, id DESC MEASURES A.id AS aid, LAST(B.id) AS bid, COUNT(B.id) AS n AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+? C) DEFINE B AS B.v > A.v, C AS C.v <= A.v) AS m;
