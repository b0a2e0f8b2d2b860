-- EXISTS correlated subquery: a semi join; orders whose user exists.
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

SELECT o.order_id, o.amount
FROM orders AS o
WHERE EXISTS (SELECT 1 FROM users AS u WHERE u.user_id = o.user_id);
