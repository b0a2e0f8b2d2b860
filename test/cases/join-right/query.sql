-- RIGHT JOIN: users without orders are NULL-padded, then retracted when their first order arrives.
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

SELECT u.name, o.order_id
FROM orders AS o
RIGHT JOIN users AS u ON o.user_id = u.user_id;
