-- MATCH_RECOGNIZE: PREV(B.v) in B's own condition is a physical offset, which Flink rejects (PREV of a bare column or of another variable is accepted)
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
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid PATTERN (A B+? C) DEFINE B AS B.v > PREV(B.v), C AS C.v < 3) AS m;
