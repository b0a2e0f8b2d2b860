-- MATCH_RECOGNIZE: RUNNING in MEASURES fails in Flink's code generation (FINAL is accepted)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES FINAL COUNT(B.id) AS f, RUNNING LAST(B.id) AS r PATTERN (A B+? C) DEFINE B AS B.v > A.v, C AS C.v < 3) AS m;
