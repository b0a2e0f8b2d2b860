-- MATCH_RECOGNIZE over a filtered subquery (the rowtime survives the filter)
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
SELECT * FROM (SELECT * FROM orders WHERE v > 1) MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, B.id AS bid PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
