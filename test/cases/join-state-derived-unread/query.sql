-- A join in a derived table whose id column no query above reads: Flink 2.3.0 prunes it (and pushes the outer WHERE below the join), so the join keeps (k, v) records, whose HashMap order decides which row the aggregate sees first when dims' a arrives (v = 8); the engine kept id in them before (random seed 614).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH ('connector' = 'filesystem', 'path' = 'orders.csv', 'format' = 'csv', 'csv.null-literal' = '');
CREATE TABLE dims (
  k STRING,
  w INT
) WITH ('connector' = 'filesystem', 'path' = 'dims.csv', 'format' = 'csv');

SELECT VAR_POP(v), STDDEV_POP(v), PERCENTILE(v, 0.5), PERCENTILE(v, ARRAY[0.1, 0.9]) FROM (SELECT o.k AS k, o.v AS v, o.id AS id FROM orders AS o JOIN dims AS d ON o.k = d.k) AS s WHERE v IS NOT NULL;
