-- MATCH_RECOGNIZE DEFINE: PREV(v) of a bare column is the row before in the match, PREV(A.v) in B's condition is LAST(A.v, 1) (the A row before the last), both null where there is none
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES FIRST(A.id) AS fa, LAST(A.id) AS la, B.id AS bid AFTER MATCH SKIP PAST LAST ROW PATTERN (A{2} B) DEFINE A AS PREV(v) IS NULL OR v > PREV(v) - 3, B AS PREV(A.v) < v) AS m;
