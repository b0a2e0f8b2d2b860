-- LEFT JOIN whose condition has a non-equi part: rows failing it are NULL-padded.
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

SELECT o.order_id, o.amount, u.name
FROM orders AS o
LEFT JOIN users AS u ON o.user_id = u.user_id AND o.amount >= 30;
