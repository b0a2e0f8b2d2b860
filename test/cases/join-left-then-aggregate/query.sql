-- Aggregate over a LEFT JOIN whose padded rows are retracted: the aggregate consumes -D and +I.
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

SELECT COALESCE(u.name, '?') AS who, SUM(o.amount) AS total
FROM orders AS o
LEFT JOIN users AS u ON o.user_id = u.user_id
GROUP BY COALESCE(u.name, '?');
