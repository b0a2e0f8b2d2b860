-- Regular inner join: each arriving row joins the other side's state; insert-only input gives insert-only output.
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

SELECT o.order_id, u.name, o.amount
FROM orders AS o
JOIN users AS u ON o.user_id = u.user_id;
