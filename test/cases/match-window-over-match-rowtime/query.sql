-- MATCH_RECOGNIZE's MATCH_ROWTIME() is a rowtime attribute: a TUMBLE window over it (through a view) fires on the watermarks the Match operator passes on
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
CREATE TEMPORARY VIEW found AS SELECT * FROM orders MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.id AS aid, MATCH_ROWTIME() AS t PATTERN (A B) DEFINE B AS B.v > A.v) AS m;
SELECT window_start, window_end, COUNT(*) AS n, SUM(aid) AS s FROM TABLE(TUMBLE(TABLE found, DESCRIPTOR(t), INTERVAL '5' SECOND)) GROUP BY window_start, window_end;
