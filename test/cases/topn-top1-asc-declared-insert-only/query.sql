-- ROW_NUMBER top-1 ORDER BY one key ASC: Flink 2.3 declares it insert-only, so a better row is a lone +U.
-- Flink 2.1+ infers a top-1's changelog as a deduplication's (RankUtil.isDeduplication) and keep-first
-- deduplication is insert-only; the FastTop1Function still replaces the kept row, with no -U before it.
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT * FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v ASC) AS rn FROM orders) WHERE rn <= 1;
