-- An aggregate over a last-row deduplication into an append-only kafka sink is rejected; Flink names MAX over updating input MAX_RETRACT.
CREATE TABLE orders (
  id INT,
  k STRING,
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE sink_t (
  m INT,
  k STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'out',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
INSERT INTO sink_t
SELECT MAX(id), k FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY ts DESC) AS rn FROM orders) WHERE rn = 1 GROUP BY k;
