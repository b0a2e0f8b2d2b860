-- A LEFT JOIN (updates and deletes) into a plain kafka sink is rejected at planning.
CREATE TABLE orders (
  order_id INT,
  user_id INT
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

CREATE TABLE enriched (
  order_id INT,
  name STRING
) WITH (
  'connector' = 'kafka',
  'topic' = 'enriched',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
INSERT INTO enriched
SELECT o.order_id, u.name
FROM orders AS o
LEFT JOIN users AS u ON o.user_id = u.user_id;
