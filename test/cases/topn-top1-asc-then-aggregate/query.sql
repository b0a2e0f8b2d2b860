-- An aggregate over a top-1 declared insert-only counts every lone +U as a new row: a has COUNT 2.
-- (Flink 2.3 infers ROW_NUMBER top-1 ORDER BY v ASC as insert-only; see topn-top1-asc-declared-insert-only.)
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');

SELECT k, COUNT(*) AS n FROM (SELECT id, k, v FROM (SELECT id, k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v ASC) AS rn FROM orders) WHERE rn = 1) GROUP BY k;
