-- An interval join written as FROM a, b WHERE ...: the WHERE conditions become the join's (FlinkFilterJoinRule), so it runs as an IntervalJoin (rows of key c in the cache's HashMap order: 5 before 3), not a cross join and a filter (found by random.mjs).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '0' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE pays (
  pid INT,
  k STRING,
  amount INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '0' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'pays.csv', 'format' = 'csv');

SELECT o.id, p.pid, o.k FROM orders AS o, pays AS p WHERE o.k = p.k AND p.ts BETWEEN o.ts - INTERVAL '5' SECOND AND o.ts + INTERVAL '30' SECOND;
