-- A last-row deduplication on processing time into an append-only kafka sink is rejected; Flink names the node as the Rank it still is while inferring changelog modes (UndefinedStrategy, update and delete changes, only the columns used above).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT,
  ts TIMESTAMP(3),
  p AS PROCTIME(),
  WATERMARK FOR ts AS ts
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE sink_t (
  id INT,
  k STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'out',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
INSERT INTO sink_t
SELECT id, k FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY p DESC) AS rn FROM orders) WHERE rn = 1;
