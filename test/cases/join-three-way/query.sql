-- Three inner joins chained: order lines to orders to users.
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

CREATE TABLE lines (
  order_id INT,
  item STRING
) WITH (
  'connector' = 'filesystem',
  'path' = 'lines.csv',
  'format' = 'csv'
);

SELECT u.name, o.order_id, l.item
FROM lines AS l
JOIN orders AS o ON l.order_id = o.order_id
JOIN users AS u ON o.user_id = u.user_id;
