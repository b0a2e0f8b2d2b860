-- MATCH_RECOGNIZE measures reading the rowtime column (A.ts, LAST(B.ts)) and MATCH_ROWTIME()
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.ts AS ats, LAST(B.ts) AS bts, MATCH_ROWTIME() AS t PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
