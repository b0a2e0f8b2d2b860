-- A LEFT JOIN into upsert-kafka with ON CONFLICT DO DEDUPLICATE: the padded row is replaced once the user arrives.
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
LEFT JOIN users AS u ON o.user_id = u.user_id
ON CONFLICT DO DEDUPLICATE;
