-- LEFT JOIN: an order without a user is padded with NULLs (+I), then retracted (-D) and re-emitted joined (+I) when the user arrives.
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
  name STRING,
  tier STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'users.csv',
  'format' = 'csv'
);

SELECT o.order_id, o.amount, u.name
FROM orders AS o
LEFT JOIN users AS u ON o.user_id = u.user_id;
