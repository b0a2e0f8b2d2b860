-- A last-row deduplication on event time into kafka: the rejection names Rank(... orderBy=[ROWTIME ts DESC], select=[id, k, v, ts]) with the partition key v that the sink does not take (found by test/flink/random.mjs).
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
SELECT id, k FROM (SELECT id, k, ts, ROW_NUMBER() OVER (PARTITION BY k, v ORDER BY ts DESC) AS rn FROM orders) WHERE rn = 1;
