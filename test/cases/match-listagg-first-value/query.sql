-- MATCH_RECOGNIZE measures with LISTAGG and FIRST_VALUE over a variable's rows
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES LISTAGG(CAST(B.v AS STRING)) AS l, FIRST_VALUE(B.v) AS fv, MAX(B.id) AS mx PATTERN (A B{3}) DEFINE B AS B.v > 2) AS m;
