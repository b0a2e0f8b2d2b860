-- MATCH_RECOGNIZE's insert-only output aggregated by GROUP BY
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
SELECT k, COUNT(*) AS n, MAX(bid) AS mb FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, B.id AS bid PATTERN (A B) DEFINE B AS B.v > A.v) AS m GROUP BY k;
