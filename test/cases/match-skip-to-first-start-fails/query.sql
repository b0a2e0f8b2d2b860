-- MATCH_RECOGNIZE AFTER MATCH SKIP TO FIRST A where A is the match's first row fails the job at the first match (FlinkRuntimeException)
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.id AS aid AFTER MATCH SKIP TO FIRST A PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
