-- Flink 2.3: a LEFT JOIN (no upsert key) into upsert-kafka keyed by order_id is rejected without ON CONFLICT.
CREATE TABLE orders (
  order_id INT,
  user_id INT,
  amount INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

CREATE TABLE users (
  user_id INT,
  name STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'users.csv',
  'format' = 'csv'
);

CREATE TABLE enriched_orders (
  order_id INT,
  amount INT,
  name STRING,
  PRIMARY KEY (order_id) NOT ENFORCED
) WITH (
  'connector' = 'upsert-kafka',
  'topic' = 'enriched_orders',
  'properties.bootstrap.servers' = 'localhost:9092',
  'key.format' = 'json',
  'value.format' = 'json'
);
INSERT INTO enriched_orders
SELECT o.order_id, o.amount, u.name
FROM orders AS o
LEFT JOIN users AS u ON o.user_id = u.user_id;
