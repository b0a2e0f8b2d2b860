-- Inner join with an equi condition plus a non-equi one (amount > threshold).
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

CREATE TABLE limits (
  tier STRING,
  threshold INT
) WITH (
  'connector' = 'filesystem',
  'path' = 'limits.csv',
  'format' = 'csv'
);

SELECT o.order_id, u.name, o.amount, l.threshold
FROM orders AS o
JOIN users AS u ON o.user_id = u.user_id
JOIN limits AS l ON u.tier = l.tier AND o.amount > l.threshold;
