-- MATCH_RECOGNIZE SUBSET S = (A, B): Flink accepts it but its code generator finds no rows named S (LAST(S.id) is null, COUNT(S.id) 0)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES LAST(S.id) AS sid, COUNT(S.id) AS n, B.id AS bid PATTERN (A B C) SUBSET S = (A, B) DEFINE B AS B.v > A.v) AS m;
