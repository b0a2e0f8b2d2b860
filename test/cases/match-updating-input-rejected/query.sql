-- MATCH_RECOGNIZE over an updating input (a GROUP BY) is rejected
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
SELECT * FROM (SELECT k, MAX(ts) AS ts, SUM(v) AS v FROM orders GROUP BY k) MATCH_RECOGNIZE (ORDER BY ts MEASURES A.v AS av PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
