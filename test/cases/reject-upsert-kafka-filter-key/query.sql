-- An insert-only query with a filter into upsert-kafka: Flink's message prints the upsert key as empty (a Calc has an empty key set), not "none" as for a bare scan (found by test/flink/random.mjs).
CREATE TABLE orders (
  id INT,
  k STRING,
  v INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE sink_t (
  id INT,
  k STRING,
  v INT,
  PRIMARY KEY (id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'out',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO sink_t
SELECT id, k, v FROM orders WHERE v > 6;
