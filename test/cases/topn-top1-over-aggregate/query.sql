-- Top-1 over an updating aggregate (RetractableTopNFunction): the rank column is the constant 1 and a
-- new leader replaces the old one with -D/+I, not -U/+U.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT * FROM (SELECT k, s, ROW_NUMBER() OVER (ORDER BY s DESC) AS rn FROM (SELECT k, SUM(v) AS s FROM orders GROUP BY k)) WHERE rn <= 1;
