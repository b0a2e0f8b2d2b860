-- MATCH_RECOGNIZE over a TIMESTAMP_LTZ rowtime: MATCH_ROWTIME(lts) takes the column's type, TIMESTAMP_LTZ(3) (printed with Z)
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  lts AS TO_TIMESTAMP_LTZ(UNIX_TIMESTAMP(CAST(ts AS STRING)) * 1000, 3),
  WATERMARK FOR lts AS lts - INTERVAL '1' SECOND
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv',
  'csv.null-literal' = ''
);
SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY lts MEASURES A.id AS aid, B.id AS bid, MATCH_ROWTIME(lts) AS t, B.lts AS blts PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
