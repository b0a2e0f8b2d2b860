-- A join whose input is an updating aggregate: the join forwards -U/+U as retractions of joined rows.
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

SELECT u.name, t.total
FROM (SELECT user_id, SUM(amount) AS total FROM orders GROUP BY user_id) AS t
JOIN users AS u ON t.user_id = u.user_id;
