-- Join feeding a GroupAggregate (the seed shape): the aggregate sees insert-only join output.
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

SELECT u.tier, SUM(o.amount) AS total, COUNT(*) AS n
FROM orders AS o
JOIN users AS u ON o.user_id = u.user_id
GROUP BY u.tier;
