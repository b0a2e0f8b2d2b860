-- MATCH_RECOGNIZE measures: A.v is the last A row, a bare column the last row of the match, FIRST/LAST with offsets, COUNT(*), AVG over all rows and over a variable (INT AVG truncates); greedy A+ then reluctant B{2,3}?
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
SELECT * FROM orders MATCH_RECOGNIZE (ORDER BY ts MEASURES A.v AS av, v AS lastv, FIRST(B.id, 1) AS fb1, LAST(B.id, 1) AS lb1, FIRST(id) AS f, LAST(id) AS l, COUNT(*) AS n, AVG(v) AS a, MIN(B.v) AS mn, MAX(B.v) AS mx, AVG(B.v) AS ab, SUM(B.v * 2) AS s2 ONE ROW PER MATCH AFTER MATCH SKIP PAST LAST ROW PATTERN (A+ B{2,3}? C) DEFINE A AS A.v < 6, B AS B.v >= 2, C AS C.v < 3) AS m;
