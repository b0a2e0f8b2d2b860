-- FULL OUTER JOIN: padding on both sides; a late match retracts the padded row with -D.
CREATE TABLE users (
  user_id INT,
  name STRING,
  tier STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'users.csv',
  'format' = 'csv'
);

CREATE TABLE orders (
  order_id INT,
  user_id INT,
  amount INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'orders.csv',
  'format' = 'csv'
);

SELECT u.name, o.order_id, o.amount
FROM users AS u
FULL OUTER JOIN orders AS o ON u.user_id = o.user_id;
