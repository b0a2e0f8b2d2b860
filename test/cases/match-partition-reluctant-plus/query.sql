-- MATCH_RECOGNIZE per partition: A B+? C after the watermark, FIRST/LAST/COUNT/SUM of a variable and MATCH_ROWTIME (the time of the row that completed the match)
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
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, LAST(B.id) AS bid, FIRST(B.id) AS fb, COUNT(B.id) AS nb, SUM(B.v) AS sv, MATCH_ROWTIME() AS t ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A B+? C) DEFINE B AS B.v > A.v, C AS C.v < 5) AS m;
